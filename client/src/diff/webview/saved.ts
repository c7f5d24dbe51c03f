/** The webview's own saved state (vscode.setState): the pair of runs plus filters and sort order. */
import { METRIC_IDS, type MetricId } from '../../../../engine/results/model';
import { parsePersistedState, type PersistedState } from '../protocol';
import type { CategoryFilter, Filters, SortKey, SortState } from './viewModel';

export interface SavedViewState extends PersistedState {
  filters: Filters;
  sort: SortState;
}

const CATEGORIES: readonly string[] = ['all', 'rr', 'str', 'other'];
const SORT_KEYS: readonly string[] = ['test', 'metric', 'a', 'b', 'deltaPct', 'pValue', 'stddevPctA', 'stddevPctB'];

/** Saved state survives reloads and versions, so treat it as untrusted and fall back field by field. */
export function restoreViewState(value: unknown): Partial<SavedViewState> | undefined {
  const pair = parsePersistedState(value);
  if (!pair) return undefined;
  const record = value as Record<string, unknown>;
  return { ...pair, filters: restoreFilters(record.filters), sort: restoreSort(record.sort) };
}

function restoreFilters(value: unknown): Filters | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { category, users, metrics } = value as Record<string, unknown>;
  if (typeof category !== 'string' || !CATEGORIES.includes(category)) return undefined;
  if (users !== null && (typeof users !== 'number' || !Number.isInteger(users))) return undefined;
  if (!Array.isArray(metrics)) return undefined;
  return {
    category: category as CategoryFilter,
    users,
    metrics: METRIC_IDS.filter((id: MetricId) => metrics.includes(id)),
  };
}

function restoreSort(value: unknown): SortState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { key, direction } = value as Record<string, unknown>;
  if (typeof key !== 'string' || !SORT_KEYS.includes(key)) return undefined;
  if (direction !== 'ascending' && direction !== 'descending') return undefined;
  return { key: key as SortKey, direction };
}
