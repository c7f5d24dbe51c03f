// The properties every checked language must keep on any text (see README "Fuzzing").
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type DocumentSymbol, type Position, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { LanguageEntry } from '../../server/src/languages/registry';
import { createLanguageService, type LanguageService } from '../../server/src/service/languageService';
import { MAX_COMPLETION_ITEMS, MAX_HOVER_CHARS, MAX_MESSAGE_CHARS, REQUEST_CAP_MS, VALIDATION_CAP_MS } from '../../server/src/service/limits';
import { DEFAULT_SETTINGS, type KvmDiagnostic, type Settings } from '../../server/src/service/types';
import { normalizeSettings } from '../../server/src/service/settings';

export class PropertyFailure extends Error {}

const fail = (message: string): never => {
  throw new PropertyFailure(message);
};

export const SETTINGS: Settings[] = [DEFAULT_SETTINGS, normalizeSettings({ kernel: '6.8', environment: 'production', platform: 's390x' })];

/** CPU time, not wall time: the machine is shared, and a call descheduled for a while did not work longer. */
function capped<T>(what: string, run: () => T, cap = REQUEST_CAP_MS): T {
  const before = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(before);
  const millis = (used.user + used.system) / 1000;
  if (millis > cap) fail(`${what} took ${millis.toFixed(0)} ms of CPU (cap ${cap} ms)`);
  return result;
}

function lineLengths(doc: TextDocument): (line: number) => number {
  const text = doc.getText();
  return (line) => {
    const start = doc.offsetAt({ line, character: 0 });
    const end = line + 1 < doc.lineCount ? doc.offsetAt({ line: line + 1, character: 0 }) : text.length;
    return text.slice(start, end).replace(/\r?\n$|\r$/, '').length;
  };
}

function checkRange(doc: TextDocument, range: Range, what: string): void {
  const length = lineLengths(doc);
  const ok = (p: Position) => Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < doc.lineCount && p.character >= 0 && p.character <= length(p.line);
  if (!ok(range.start) || !ok(range.end)) fail(`${what}: range ${JSON.stringify(range)} outside the document (${doc.lineCount} lines)`);
  if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) fail(`${what}: range ${JSON.stringify(range)} ends before it starts`);
}

function checkSymbols(doc: TextDocument, symbols: DocumentSymbol[]): void {
  for (const symbol of symbols) {
    if (symbol.name.trim() === '') fail(`symbol with an empty name at ${JSON.stringify(symbol.range)}`);
    checkRange(doc, symbol.range, 'symbol');
    checkRange(doc, symbol.selectionRange, 'symbol selection');
    checkSymbols(doc, symbol.children ?? []);
  }
}

const breakStyles = (text: string) => new Set(text.match(/\r\n|\r|\n/g) ?? []);

/** Applying `edits` changes nothing outside them (by construction of applyEdits) and keeps the document's line-break styles. */
function applyChecked(doc: TextDocument, edits: TextEdit[], what: string): string {
  edits.forEach((e) => checkRange(doc, e.range, what));
  let after: string;
  try {
    after = TextDocument.applyEdits(doc, edits);
  } catch (error) {
    return fail(`${what}: edits cannot be applied (${(error as Error).message})`);
  }
  const before = breakStyles(doc.getText());
  if (before.size > 0) for (const style of breakStyles(after)) if (!before.has(style)) fail(`${what}: introduces line break ${JSON.stringify(style)} into a file using ${JSON.stringify([...before])}`);
  return after;
}

const errorsByRule = (diagnostics: readonly KvmDiagnostic[]) => {
  const counts = new Map<string, number>();
  for (const d of diagnostics) if (d.severity === DiagnosticSeverity.Error) counts.set(d.data.ruleId, (counts.get(d.data.ruleId) ?? 0) + 1);
  return counts;
};

/** The lines an edit set covers: before it (`lastBefore`) and after it, in the new text (`last`). */
function touchedLines(edits: readonly TextEdit[]): { first: number; last: number; lastBefore: number } {
  const first = Math.min(...edits.map((e) => e.range.start.line));
  const lastBefore = Math.max(...edits.map((e) => e.range.end.line));
  const added = edits.reduce((n, e) => n + (e.newText.match(/\r\n|\r|\n/g)?.length ?? 0) - (e.range.end.line - e.range.start.line), 0);
  return { first, lastBefore, last: Math.max(first, lastBefore + added) };
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

export interface CheckOptions {
  /** How many diagnostics get their fixes checked one by one. */
  fixesPerInput: number;
}

/** Every property on one text; throws PropertyFailure (or whatever escaped) on the first broken one. */
export function checkLanguage(entry: LanguageEntry, text: string, options: CheckOptions, service: LanguageService = freshService(entry)): void {
  const languageId = entry.host ?? entry.id;
  for (const settings of SETTINGS) {
    const doc = TextDocument.create(`file:///fuzz/${entry.id}`, languageId, 1, text);
    const diagnostics = capped('validate', () => service.validate(doc, settings), VALIDATION_CAP_MS);
    for (const d of diagnostics) {
      checkRange(doc, d.range, `diagnostic ${d.code}`);
      if (d.message.length > MAX_MESSAGE_CHARS) fail(`diagnostic ${d.code}: message of ${d.message.length} characters`);
      d.relatedInformation?.forEach((r) => checkRange(doc, r.location.range, `related of ${d.code}`));
    }
    const end = doc.positionAt(text.length);
    const middle = doc.positionAt(Math.floor(text.length / 2));
    for (const position of [{ line: 0, character: 0 }, middle, end, { line: end.line, character: 0 }]) {
      const hover = capped('hover', () => service.hover(doc, position, settings));
      const value = hover ? (typeof hover.contents === 'string' ? hover.contents : 'value' in hover.contents ? hover.contents.value : JSON.stringify(hover.contents)) : '';
      if (value.length > MAX_HOVER_CHARS) fail(`hover of ${value.length} characters`);
      if (hover?.range) checkRange(doc, hover.range, 'hover');
      const items = capped('completion', () => service.complete(doc, position, settings));
      if (items.length > MAX_COMPLETION_ITEMS) fail(`${items.length} completion items`);
      for (const item of items) if (item.textEdit && 'range' in item.textEdit) checkRange(doc, item.textEdit.range, `completion ${item.label}`);
    }
    checkSymbols(doc, capped('symbols', () => service.symbols(doc)));
    // As VS Code asks: the lightbulb at a diagnostic with that diagnostic, and fix-all for the file.
    const requests = [
      ...diagnostics.slice(0, options.fixesPerInput).map((d) => ({ range: d.range, with: [d], only: undefined })),
      { range: { start: { line: 0, character: 0 }, end }, with: [], only: ['source.fixAll.kvmtune'] },
    ];
    for (const request of requests) {
      const actions = capped('code actions', () => service.codeActions(doc, request.range, request.with, settings, request.only));
      for (const action of actions) applyChecked(doc, action.edit?.changes?.[doc.uri] ?? [], `code action "${action.title}"`);
    }
    checkFixes(entry, service, doc, diagnostics, settings, options);
    checkFixAll(service, doc, settings);
  }
}

function checkFixes(entry: LanguageEntry, service: LanguageService, doc: TextDocument, diagnostics: readonly KvmDiagnostic[], settings: Settings, options: CheckOptions): void {
  const errorsBefore = errorsByRule(diagnostics);
  for (const d of diagnostics.slice(0, options.fixesPerInput)) {
    for (const fix of d.data.fixes) {
      const what = `fix "${fix.title}" of ${d.data.ruleId}`;
      const after = applyChecked(doc, fix.edits, what);
      if (after === doc.getText()) fail(`${what}: changes nothing`);
      const next = service.validate(TextDocument.create(`file:///fuzz/${entry.id}/fixed`, doc.languageId, 1, after), settings);
      // "Its diagnostic": same rule, same message. A fix may leave its rule another thing to say
      // (a pasted `sysctl -w` removed, the bare key is then unknown), which is not the same finding.
      const same = (x: KvmDiagnostic) => x.data.ruleId === d.data.ruleId && x.message === d.message;
      if (next.filter(same).length >= diagnostics.filter(same).length) fail(`${what}: the ${d.data.ruleId} diagnostic is still there after the fix (${JSON.stringify(after.slice(0, 200))})`);
      // A fix may expose the next problem of the line it edits (an NBSP hid a missing `=`, a corrected
      // key gets its value checked): errors there do not count; anywhere else they must not appear.
      const touched = touchedLines(fix.edits);
      const elsewhere = next.filter((x) => x.range.start.line < touched.first || x.range.start.line > touched.last);
      const before = diagnostics.filter((x) => x.range.start.line < touched.first || x.range.start.line > touched.lastBefore);
      if (total(errorsByRule(elsewhere)) > total(errorsByRule(before))) fail(`${what}: introduces a new error (${JSON.stringify(after.slice(0, 200))})`);
    }
  }
}

function checkFixAll(service: LanguageService, doc: TextDocument, settings: Settings): void {
  const once = capped('fix-all', () => service.fixAll(doc, settings));
  const applied = applyChecked(doc, once.edits, 'fix-all');
  if (applied !== once.text) fail('fix-all: its edits do not give its text');
  const twice = service.fixAll(TextDocument.create(`${doc.uri}/again`, doc.languageId, 1, once.text), settings);
  if (twice.text !== once.text) fail(`fix-all twice differs from once (${JSON.stringify(once.text.slice(0, 200))} → ${JSON.stringify(twice.text.slice(0, 200))})`);
}

export function freshService(entry: LanguageEntry): LanguageService {
  return createLanguageService({ resolve: () => entry.support, ruleDocUrl: (id) => `file:///docs/${id}.md` });
}
