import { CompletionItemKind, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver-types';

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
  /**
   * Labelled facts shown before the values, replacing the Range / Default / Versions lines built from
   * the fields above (for tables that phrase those themselves).
   */
  facts?: [label: string, text: string | undefined][];
  /** Labelled facts shown after the values. */
  notes?: { label: string; text: string }[];
  docsUrl?: string;
  /** Link text for docsUrl; "Documentation" when not given. */
  docsTitle?: string;
  /** Rule ids that speak about this entry, for links. */
  rules?: string[];
}

export interface EntryMarkdownOptions {
  /** Shown instead of entry.name in the heading (e.g. the key as written). */
  title?: string;
  /** Turns a rule id into a link target. */
  ruleDocUrl?(ruleId: string): string;
  /** How a value (default, paper value) is shown; in backticks when not given. */
  formatValue?(value: string): string;
}

function defaultFacts(entry: TableEntry, show: (value: string) => string): [string, string | undefined][] {
  const range = entry.min !== undefined || entry.max !== undefined ? `${entry.min ?? '…'} to ${entry.max ?? '…'}` : undefined;
  const versions = [
    entry.introduced && `since ${entry.introduced}`,
    entry.noOpSince && `no effect since ${entry.noOpSince}`,
    entry.removedIn && `removed in ${entry.removedIn}`,
  ].filter(Boolean);
  return [
    ['Range', range],
    ['Default', entry.default !== undefined ? `${show(entry.default)}${entry.defaultNote ? ` — ${entry.defaultNote}` : ''}` : entry.defaultNote],
    ['Versions', versions.length > 0 ? versions.join('; ') : undefined],
  ];
}

/** The Markdown of a hover or completion item's documentation for one table entry. */
export function entryMarkdown(entry: TableEntry, options: EntryMarkdownOptions = {}): string {
  const show = options.formatValue ?? ((value: string) => `\`${value}\``);
  const lines = [`**${options.title ?? entry.name}** — ${entry.type}${entry.unit ? `, ${entry.unit}` : ''}`, '', entry.summary, ''];
  for (const [label, text] of entry.facts ?? defaultFacts(entry, show)) if (text) lines.push(`- ${label}: ${text}`);
  if (entry.values && Object.keys(entry.values).length > 0) {
    lines.push(`- Values: ${Object.entries(entry.values).map(([v, meaning]) => (meaning ? `\`${v}\` ${meaning}` : `\`${v}\``)).join(', ')}`);
  }
  for (const note of entry.notes ?? []) lines.push(`- ${note.label}: ${note.text}`);
  if (entry.paper) {
    lines.push('', `**IBM paper:** ${show(entry.paper.value)}. ${entry.paper.reason}`);
    if (entry.paper.sinceThen) lines.push('', `**Since then:** ${entry.paper.sinceThen}`);
  }
  const links = [
    ...(entry.docsUrl ? [`[${entry.docsTitle ?? 'Documentation'}](${entry.docsUrl})`] : []),
    ...(options.ruleDocUrl ? (entry.rules ?? []).map((id) => `[rule ${id}](${options.ruleDocUrl!(id)})`) : []),
  ];
  if (links.length > 0) lines.push('', links.join(' · '));
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd();
}

export interface ValueCompletionOptions {
  /** The text the chosen value replaces (the value typed so far). */
  range?: Range;
  /** Detail shown beside the default value, e.g. "kernel default". */
  defaultDetail?: string;
}

/** Completion items for an entry's values: the paper's first, then the default, then the named values, each once. */
export function valueCompletions(entry: TableEntry, options: ValueCompletionOptions = {}): CompletionItem[] {
  const items: CompletionItem[] = [];
  const add = (value: string, detail: string, documentation?: string) => {
    if (items.some((item) => item.label === value)) return;
    items.push({
      label: value,
      kind: CompletionItemKind.Value,
      detail,
      documentation: documentation ? { kind: MarkupKind.Markdown, value: documentation } : undefined,
      ...(options.range ? { textEdit: { range: options.range, newText: value } } : {}),
      filterText: value,
      sortText: String(items.length).padStart(3, '0'),
    });
  };
  if (entry.paper) add(entry.paper.value, 'IBM paper value', `${entry.paper.reason}${entry.paper.sinceThen ? `\n\n**Since then:** ${entry.paper.sinceThen}` : ''}`);
  if (entry.default !== undefined) add(entry.default, options.defaultDetail ?? 'default', entry.defaultNote);
  for (const [value, meaning] of Object.entries(entry.values ?? {})) add(value, meaning || entry.name);
  return items;
}
