import type { Position, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { KvmDiagnostic } from './types';

/** `--fix` and fix-all re-validate after applying, as a fix can expose another finding; bounded so nothing loops. */
export const MAX_FIX_PASSES = 10;

interface Candidate {
  edits: TextEdit[];
  order: number;
  first: Position;
}

/**
 * The preferred fix of every diagnostic that does not conflict with one taken before it, as edits
 * sorted by position (inserts before replacements at the same point, which is the order
 * TextDocument.applyEdits needs). Fixes are visited in document order, so the check against the
 * already chosen edits is a binary search: O(n log n) in the number of fixes.
 */
export function preferredEdits(diagnostics: readonly KvmDiagnostic[]): TextEdit[] {
  const candidates: Candidate[] = [];
  let inOrder = true;
  diagnostics.forEach((diagnostic, order) => {
    const fix = diagnostic.data.fixes.find((f) => f.isPreferred);
    if (!fix || fix.edits.length === 0) return;
    // Most fixes are one edit: that list is sorted already, and a copy would only cost.
    const edits = fix.edits.length === 1 ? fix.edits : [...fix.edits].sort(compareEdits);
    // No editor applies a fix whose own edits overlap; fix-all leaves it out rather than fail.
    if (overlapsItself(edits)) return;
    const candidate = { edits, order, first: edits[0].range.start };
    const previous = candidates[candidates.length - 1];
    if (previous && comparePositions(previous.first, candidate.first) > 0) inOrder = false;
    candidates.push(candidate);
  });
  // Diagnostics come sorted by position, so the candidates usually are too (ties keep their order).
  if (!inOrder) candidates.sort((a, b) => comparePositions(a.first, b.first) || a.order - b.order);
  const chosen: TextEdit[] = [];
  for (const candidate of candidates) {
    if (conflictsWithAnyChosen(chosen, candidate.edits)) continue;
    for (const edit of candidate.edits) insertSorted(chosen, edit);
  }
  return chosen;
}

function overlapsItself(sorted: readonly TextEdit[]): boolean {
  let furthest: Position | undefined;
  for (const edit of sorted) {
    if (furthest && comparePositions(edit.range.start, furthest) < 0) return true;
    if (!furthest || comparePositions(edit.range.end, furthest) > 0) furthest = edit.range.end;
  }
  return false;
}

function conflictsWithAnyChosen(chosen: readonly TextEdit[], edits: readonly TextEdit[]): boolean {
  for (const edit of edits) if (conflictsWithChosen(chosen, edit)) return true;
  return false;
}

export function applyEdits(doc: TextDocument, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(doc, [...edits]);
}

/** Validates a document's next text; the fix-all loop asks for it after each pass. */
export type Validator = (doc: TextDocument) => readonly KvmDiagnostic[];

export interface FixAllResult {
  text: string;
  passes: number;
}

/**
 * Applies the preferred fixes until the text stops changing (at most MAX_FIX_PASSES passes). A pass
 * that brings back a text seen before would flip-flop forever, so the loop stops at the first repeat
 * and keeps the last text that had not been seen.
 */
export function fixAllText(doc: TextDocument, validate: Validator, first?: readonly KvmDiagnostic[]): FixAllResult {
  const seen = new Set<string>([doc.getText()]);
  let current = doc;
  let diagnostics = first ?? validate(doc);
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const edits = preferredEdits(diagnostics);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (seen.has(next)) break;
    seen.add(next);
    passes += 1;
    current = TextDocument.create(current.uri, current.languageId, current.version + 1, next);
    diagnostics = validate(current);
  }
  return { text: current.getText(), passes };
}

/**
 * The one edit that turns `before` into `after`: everything between their common prefix and common
 * suffix. Bytes outside it are untouched, so markers and undo stay where the user left them.
 */
export function minimalEdit(doc: TextDocument, after: string): TextEdit | undefined {
  const before = doc.getText();
  if (before === after) return undefined;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail += 1;
  // Never split a CRLF pair or a surrogate pair between the kept and the replaced part.
  while (start > 0 && splitsPair(before, start)) start -= 1;
  while (tail > 0 && splitsPair(before, before.length - tail)) tail -= 1;
  return {
    range: { start: doc.positionAt(start), end: doc.positionAt(before.length - tail) },
    newText: after.slice(start, after.length - tail),
  };
}

function splitsPair(text: string, offset: number): boolean {
  const previous = text.charCodeAt(offset - 1);
  const next = text.charCodeAt(offset);
  return (previous === 13 && next === 10) || (previous >= 0xd800 && previous <= 0xdbff && next >= 0xdc00 && next <= 0xdfff);
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function compareEdits(a: TextEdit, b: TextEdit): number {
  return comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end);
}

const isInsert = (edit: TextEdit) => comparePositions(edit.range.start, edit.range.end) === 0;

/**
 * Two edits conflict when their ranges share characters, when an insert falls strictly inside a
 * replaced range, or when two inserts land on the same point (their order would be a guess). An
 * insert at the edge of a replacement, e.g. `# ` at column 0 of a line whose end is rewritten, does not.
 */
function conflicts(a: TextEdit, b: TextEdit): boolean {
  if (isInsert(a) && isInsert(b)) return comparePositions(a.range.start, b.range.start) === 0;
  return comparePositions(a.range.start, b.range.end) < 0 && comparePositions(b.range.start, a.range.end) < 0;
}

/** Index of the first chosen edit that starts at or after `position`. */
function lowerBound(chosen: readonly TextEdit[], position: Position): number {
  let low = 0;
  let high = chosen.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (comparePositions(chosen[mid].range.start, position) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Chosen edits are disjoint and sorted, so only the neighbours around `edit`'s start can conflict with it. */
function conflictsWithChosen(chosen: readonly TextEdit[], edit: TextEdit): boolean {
  // The last chosen edit ends last (anything reaching past it would contain it and conflict), so an
  // edit starting after that end, as fixes in document order do, touches none of them.
  const last = chosen[chosen.length - 1];
  if (last === undefined || comparePositions(last.range.end, edit.range.start) < 0) return false;
  const at = lowerBound(chosen, edit.range.start);
  for (let i = at - 1; i >= 0; i -= 1) {
    if (conflicts(chosen[i], edit)) return true;
    if (comparePositions(chosen[i].range.end, edit.range.start) < 0) break;
  }
  for (let i = at; i < chosen.length && comparePositions(chosen[i].range.start, edit.range.end) <= 0; i += 1) {
    if (conflicts(chosen[i], edit)) return true;
  }
  return false;
}

function insertSorted(chosen: TextEdit[], edit: TextEdit): void {
  const last = chosen[chosen.length - 1];
  if (!last || compareEdits(last, edit) <= 0) chosen.push(edit);
  else chosen.splice(upperBoundEdit(chosen, edit), 0, edit);
}

function upperBoundEdit(chosen: readonly TextEdit[], edit: TextEdit): number {
  let low = 0;
  let high = chosen.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compareEdits(chosen[mid], edit) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
