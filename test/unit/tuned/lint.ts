import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, type Finding, type Settings } from '../../../server/src/service/types';
import { parseTuned } from '../../../server/src/languages/tuned/parser';
import { tunedRules } from '../../../server/src/languages/tuned/rules';

export type Compact = [ruleId: string, line: number, start: number, endLine: number, end: number, severity: string];

export function settingsWith(extra: Record<string, unknown> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...extra } as Settings;
}

export function tunedDoc(text: string, uri = 'file:///work/profiles/kvm-host/tuned.conf'): TextDocument {
  return TextDocument.create(uri, 'tuned', 1, text);
}

/** Every finding of every tuned rule, in rule order, with the severity it would be shown with. */
export function lintTuned(text: string, settings: Settings = settingsWith(), uri?: string): (Finding & { severity: string })[] {
  const doc = tunedDoc(text, uri);
  const parsed = parseTuned(doc);
  return tunedRules.flatMap((rule) => rule.check({ doc, parsed, settings }).map((f) => ({ ...f, severity: f.severity ?? rule.defaultSeverity })));
}

export function compact(findings: readonly (Finding & { severity: string })[]): Compact[] {
  return findings.map((f) => [f.ruleId, f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character, f.severity]);
}
