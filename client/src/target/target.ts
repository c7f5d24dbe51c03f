/**
 * The target a file is judged against, as the status bar shows it. Pure: the extension reads the
 * settings and hands them in, so this is testable without VS Code.
 */
export interface Target {
  kernel: string;
  environment: string;
  platform: string;
  workload: string;
  topology: string;
  tunedVersion: string;
  uperfProtocols: readonly string[];
}

/** Where a setting's value comes from, for the tooltip. */
export type SettingSource = 'default' | 'user' | 'workspace' | 'folder';

/** The settings the target picker can change, in the order it offers them, by their `kvmtune.` key. */
export const PICKABLE = ['kernel', 'environment', 'platform', 'workload', 'topology'] as const;
export type PickableSetting = (typeof PICKABLE)[number];

const DEFAULT_ENVIRONMENT = 'lab';

/** `kvmtune: 6.8 · production · s390x`; `kvmtune: paper` when nothing is set. */
export function statusText(target: Target): string {
  const parts = [
    target.kernel || 'paper',
    target.environment !== DEFAULT_ENVIRONMENT ? target.environment : '',
    target.platform,
    target.workload,
    target.topology,
  ].filter(Boolean);
  return `kvmtune: ${parts.join(' · ')}`;
}

export interface TooltipRow {
  setting: string;
  value: string;
  source: SettingSource;
}

/** One row per target setting, every one of them, with how it reads when unset. */
export function tooltipRows(target: Target, sources: Partial<Record<string, SettingSource>> = {}): TooltipRow[] {
  const row = (setting: string, value: string): TooltipRow => ({ setting, value, source: sources[setting] ?? 'default' });
  return [
    row('kernel', target.kernel || 'not set: judged as the paper does'),
    row('environment', target.environment),
    row('platform', target.platform || 'not set'),
    row('workload', target.workload || 'not set'),
    row('topology', target.topology || 'not set'),
    row('tuned.version', target.tunedVersion || 'not set: the current release'),
    row('uperf.protocols', ['tcp', 'udp', ...target.uperfProtocols].join(', ')),
  ];
}

/** Markdown for the status bar tooltip. */
export function tooltipMarkdown(target: Target, sources: Partial<Record<string, SettingSource>> = {}): string {
  const lines = ['**kvmtune target**', '', '| setting | value | from |', '| --- | --- | --- |'];
  for (const r of tooltipRows(target, sources)) lines.push(`| \`kvmtune.${r.setting}\` | ${r.value} | ${r.source} |`);
  lines.push('', 'Click to change the target.');
  return lines.join('\n');
}

/** What `inspect()` gives for one setting, reduced to the levels that matter here. */
export interface Inspected<T> {
  defaultValue?: T;
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
}

export function sourceOf<T>(inspected: Inspected<T> | undefined): SettingSource {
  if (inspected?.workspaceFolderValue !== undefined) return 'folder';
  if (inspected?.workspaceValue !== undefined) return 'workspace';
  if (inspected?.globalValue !== undefined) return 'user';
  return 'default';
}

/**
 * What to write at `level` so the effective value becomes `desired`: `undefined` (remove the entry)
 * when what lies beneath already gives it, so choosing the default does not leave clutter behind.
 */
export function valueToWrite<T>(inspected: Inspected<T> | undefined, level: 'user' | 'workspace' | 'folder', desired: T): T | undefined {
  const beneath =
    level === 'folder'
      ? inspected?.workspaceValue ?? inspected?.globalValue ?? inspected?.defaultValue
      : level === 'workspace'
        ? inspected?.globalValue ?? inspected?.defaultValue
        : inspected?.defaultValue;
  return beneath === desired ? undefined : desired;
}
