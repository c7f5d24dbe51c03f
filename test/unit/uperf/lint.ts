import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseUperf } from '../../../server/src/languages/uperf/model';
import { uperfRules } from '../../../server/src/languages/uperf/rules';
import { DEFAULT_SETTINGS, type Finding, type SeverityName, type Settings } from '../../../server/src/service/types';

export interface Linted extends Finding {
  severity: SeverityName;
}

export function uperfSettings(overrides: Record<string, unknown> = {}): Settings {
  return { ...DEFAULT_SETTINGS, rules: {}, ...overrides } as Settings;
}

export function uperfDoc(text: string, uri = 'file:///work/profile.xml'): TextDocument {
  return TextDocument.create(uri, 'xml', 1, text);
}

/** Every finding of every uperf rule, in document order, with the effective severity. */
export function lintUperf(text: string, settings: Settings = uperfSettings(), uri?: string): Linted[] {
  const doc = uperfDoc(text, uri);
  const parsed = parseUperf(text);
  return uperfRules
    .flatMap((rule) => rule.check({ doc, parsed, settings }).map((f) => ({ ...f, severity: f.severity ?? rule.defaultSeverity })))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** `line:start-end severity rule` (0-based like LSP), compact for exact assertions. */
export function brief(f: Linted): string {
  const { start, end } = f.range;
  const span = start.line === end.line ? `${start.character}-${end.character}` : `${start.character}-${end.line}:${end.character}`;
  return `${start.line}:${span} ${f.severity} ${f.ruleId}`;
}

export function errors(findings: Linted[]): Linted[] {
  return findings.filter((f) => f.severity === 'error');
}

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'uperf');

/** The workload-name fixture is judged under a paper test name its content contradicts. */
const FIXTURE_URIS: Record<string, string> = { 'rules/uperf-workload-name.xml': 'file:///runs/rr1c-200x1000--10.xml' };

/** All findings on a fixture under test/fixtures/uperf, as brief lines. */
export function fixtureFindings(file: string): string[] {
  return lintUperf(readFileSync(join(FIXTURES, file), 'utf8'), undefined, FIXTURE_URIS[file]).map(brief);
}
