import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';

/** The paper's recommendation for one tunable, in our words. */
export interface PaperValue {
  value: string;
  reason: string;
  /** What is different on current systems. */
  sinceThen?: string;
}

/**
 * One row of a language's knowledge table (sysctl keys, ifcfg keys, qeth attributes, tuned options,
 * uperf option keys, libvirt attributes). Hover, completion and validation all read the same row.
 */
export interface TableEntry {
  name: string;
  /** Human-readable type, e.g. "integer", "yes/no", "size". */
  type: string;
  summary: string;
  /** Allowed values with what each means; empty meaning is allowed. */
  values?: Record<string, string>;
  min?: number;
  max?: number;
  default?: string;
  defaultNote?: string;
  unit?: string;
  paper?: PaperValue;
  /** Version of the tool or kernel that added it, e.g. "tuned 2.19", "libvirt 6.4", "Linux 4.12". */
  introduced?: string;
  noOpSince?: string;
  removedIn?: string;
  /** Free-form facts shown as "- label: text" lines. */
  notes?: { label: string; text: string }[];
  docsUrl?: string;
  /** Rule ids that speak about this entry, for links. */
  rules?: string[];
}

export interface EntryMarkdownOptions {
  /** Shown instead of entry.name in the heading (e.g. the key as written). */
  title?: string;
  /** Turns a rule id into a link target. */
  ruleDocUrl?(ruleId: string): string;
}

/** The Markdown of a hover or completion item's documentation for one table entry. */
export function entryMarkdown(entry: TableEntry, options: EntryMarkdownOptions = {}): string {
  const lines = [`**${options.title ?? entry.name}** — ${entry.type}${entry.unit ? `, ${entry.unit}` : ''}`, '', entry.summary, ''];
  const range = entry.min !== undefined || entry.max !== undefined ? `${entry.min ?? '…'} to ${entry.max ?? '…'}` : undefined;
  const versions = [
    entry.introduced && `since ${entry.introduced}`,
    entry.noOpSince && `no effect since ${entry.noOpSince}`,
    entry.removedIn && `removed in ${entry.removedIn}`,
  ].filter(Boolean);
  const facts: [string, string | undefined][] = [
    ['Range', range],
    ['Default', entry.default !== undefined ? `\`${entry.default}\`${entry.defaultNote ? ` — ${entry.defaultNote}` : ''}` : entry.defaultNote],
    ['Versions', versions.length > 0 ? versions.join('; ') : undefined],
    ...(entry.notes ?? []).map((n): [string, string] => [n.label, n.text]),
  ];
  for (const [label, text] of facts) if (text) lines.push(`- ${label}: ${text}`);
  if (entry.values && Object.keys(entry.values).length > 0) {
    lines.push(`- Values: ${Object.entries(entry.values).map(([v, meaning]) => (meaning ? `\`${v}\` ${meaning}` : `\`${v}\``)).join(', ')}`);
  }
  if (entry.paper) {
    lines.push('', `**IBM paper:** \`${entry.paper.value}\`. ${entry.paper.reason}`);
    if (entry.paper.sinceThen) lines.push('', `**Since then:** ${entry.paper.sinceThen}`);
  }
  const links = [
    ...(entry.docsUrl ? [`[Documentation](${entry.docsUrl})`] : []),
    ...(options.ruleDocUrl ? (entry.rules ?? []).map((id) => `[rule ${id}](${options.ruleDocUrl!(id)})`) : []),
  ];
  if (links.length > 0) lines.push('', links.join(' · '));
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd();
}

/** Completion items for an entry's values, the paper's value first. */
export function valueCompletions(entry: TableEntry): CompletionItem[] {
  const values = new Map<string, string>();
  if (entry.paper) values.set(entry.paper.value, `The IBM paper's value. ${entry.paper.reason}`);
  for (const [value, meaning] of Object.entries(entry.values ?? {})) if (!values.has(value)) values.set(value, meaning);
  if (entry.default !== undefined && !values.has(entry.default)) values.set(entry.default, 'Default.');
  return [...values].map(([value, meaning], index) => ({
    label: value,
    kind: CompletionItemKind.Value,
    detail: index === 0 && entry.paper ? 'IBM paper' : entry.default === value ? 'default' : undefined,
    documentation: meaning ? { kind: MarkupKind.Markdown, value: meaning } : undefined,
    sortText: String(index).padStart(4, '0'),
  }));
}
