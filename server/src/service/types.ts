import type { Diagnostic, DiagnosticTag, Range, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export type LanguageId = 'sysctl' | 'ifcfg' | 'modprobe' | 'uperf' | 'libvirt';
export const LANGUAGE_IDS: readonly LanguageId[] = ['sysctl', 'ifcfg', 'modprobe', 'uperf', 'libvirt'];

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = SeverityName | 'off';

export type Environment = 'lab' | 'production';

export interface Settings {
  /** Per-rule severity overrides, rule id -> severity or 'off'. */
  rules: Record<string, SeveritySetting>;
  validateRun: 'onType' | 'onSave';
  /** Target kernel as "major.minor"; empty = judge as the paper does. */
  kernel: string;
  environment: Environment;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  rules: {},
  validateRun: 'onType',
  kernel: '',
  environment: 'lab',
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
  language: LanguageId;
  defaultSeverity: SeverityName;
  /** One line, shown in `kvmtune rules` and the README table. */
  summary: string;
  /** True for rules that carry the IBM paper's advice. */
  fromPaper?: boolean;
  check(ctx: RuleContext<Parsed>): Finding[];
}

/** The data attached to each published diagnostic, used to build quick fixes without re-running rules. */
export interface DiagnosticData {
  ruleId: string;
  fixes: Fix[];
}

export type KvmDiagnostic = Omit<Diagnostic, 'data'> & { data: DiagnosticData };
