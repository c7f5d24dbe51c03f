import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveDocumentLanguage } from '../../../server/src/languages';
import { setRandomSource } from '../../../server/src/languages/libvirt/random';
import { createLanguageService } from '../../../server/src/service/languageService';
import { severityName } from '../../../server/src/service/diagnostics';
import { DEFAULT_SETTINGS, type KvmDiagnostic, type Settings } from '../../../server/src/service/types';

export const service = createLanguageService({ resolve: resolveDocumentLanguage, ruleDocUrl: (id) => `https://docs.invalid/${id}.md` });

/** Makes generated MACs and UUIDs predictable: byte i of every request is `seed + i`. */
export function fixedRandom(seed = 0x10): void {
  setRandomSource((count) => Uint8Array.from({ length: count }, (_, i) => (seed + i) & 0xff));
}

let version = 0;
export function xmlDoc(text: string, uri = 'file:///etc/libvirt/qemu/guest.xml'): TextDocument {
  version += 1;
  return TextDocument.create(uri, 'xml', version, text);
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, rules: {}, ...overrides };
}

export function lint(text: string, overrides: Partial<Settings> = {}): KvmDiagnostic[] {
  return service.validate(xmlDoc(text), settings(overrides));
}

/** `line:start-end severity rule` for compact exact assertions (0-based like LSP). */
export function brief(diagnostic: KvmDiagnostic): string {
  const { start, end } = diagnostic.range;
  const span = start.line === end.line ? `${start.character}-${end.character}` : `${start.character}-${end.line}:${end.character}`;
  return `${start.line}:${span} ${severityName(diagnostic.severity)} ${String(diagnostic.code)}`;
}

export function only(diagnostics: KvmDiagnostic[], ruleId: string): KvmDiagnostic[] {
  return diagnostics.filter((d) => d.code === ruleId);
}

export function errors(diagnostics: KvmDiagnostic[]): KvmDiagnostic[] {
  return diagnostics.filter((d) => severityName(d.severity) === 'error');
}

export function applyFix(text: string, diagnostic: KvmDiagnostic, title?: string): string {
  const fix = title ? diagnostic.data.fixes.find((f) => f.title === title) : diagnostic.data.fixes[0];
  if (!fix) throw new Error(`no fix ${title ?? ''} on ${brief(diagnostic)}: ${diagnostic.data.fixes.map((f) => f.title).join(', ')}`);
  return TextDocument.applyEdits(xmlDoc(text), fix.edits);
}

/** A bare interface fragment wrapped the way the truth table's files are. */
export function fragment(lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
