import type { Diagnostic, DiagnosticTag, Range, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** A kvmtune language id; the registry in server/src/languages/registry.ts names them. */
export type LanguageId = string;

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = SeverityName | 'off';

export type Environment = 'lab' | 'production';
export type Workload = '' | 'transactional' | 'streaming' | 'mixed';
export type Topology = '' | 'single-host' | 'multi-host';

export interface Settings {
  /** Per-rule severity overrides, rule id -> severity or 'off'. */
  rules: Record<string, SeveritySetting>;
  validateRun: 'onType' | 'onSave';
  /** Target kernel as "major.minor"; empty = judge as the paper does. */
  kernel: string;
  environment: Environment;
  /** Target CPU architecture, e.g. `s390x`; empty = not said. */
  platform: string;
  /** What the guests mostly run, for the paper's network-mode advice; empty = not said. */
  workload: Workload;
  topology: Topology;
  /** Target tuned release as "major.minor"; empty = the current release. */
  tunedVersion: string;
  /** Protocols the target uperf build has beyond tcp and udp (sctp, ssl, vsock, rds). */
  uperfProtocols: string[];
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  rules: {},
  validateRun: 'onType',
  kernel: '',
  environment: 'lab',
  platform: '',
  workload: '',
  topology: '',
  tunedVersion: '',
  uperfProtocols: [],
}) as Settings;

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix `--fix` and fix-all apply. At most one per finding. */
  isPreferred?: boolean;
}

export interface RelatedLocation {
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  message: string;
  range: Range;
  /** Overrides the rule's default severity for this one finding (users' settings still win). */
  severity?: SeverityName;
  fixes?: Fix[];
  related?: RelatedLocation[];
  tags?: DiagnosticTag[];
}

export interface RuleContext<Parsed> {
  doc: TextDocument;
  parsed: Parsed;
  settings: Settings;
}

export interface Rule<Parsed = unknown> {
  /** kebab-case, prefixed with the language: `sysctl-unknown-key`. */
  id: string;
  defaultSeverity: SeverityName;
  /** One line, shown in `kvmtune rules` and the README table. */
  summary: string;
  /** True for rules that carry the IBM paper's advice. */
  fromPaper?: boolean;
  check(ctx: RuleContext<Parsed>): Finding[];
}

/**
 * What the service keeps beside each diagnostic. The fixes never travel to the editor: a code action
 * request is answered from the current version's validation, so an edit always matches the text.
 */
export interface DiagnosticData {
  ruleId: string;
  fixes: Fix[];
}

export type KvmDiagnostic = Omit<Diagnostic, 'data'> & { data: DiagnosticData };
