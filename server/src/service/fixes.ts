import type { TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { KvmDiagnostic } from './types';

/** The preferred fix of every diagnostic, dropping any whose edits overlap an earlier one. */
export function preferredEdits(diagnostics: readonly KvmDiagnostic[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const diagnostic of diagnostics) {
    const fix = diagnostic.data.fixes.find((f) => f.isPreferred);
    if (!fix) continue;
    if (fix.edits.some((edit) => chosen.some((taken) => overlaps(taken, edit)))) continue;
    chosen.push(...fix.edits);
  }
  return chosen;
}

export function applyEdits(doc: TextDocument, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(doc, [...edits]);
}

function offsetPair(edit: TextEdit): [number, number, number, number] {
  const { start, end } = edit.range;
  return [start.line, start.character, end.line, end.character];
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  const [al, ac, ael, aec] = offsetPair(a);
  const [bl, bc, bel, bec] = offsetPair(b);
  const aStartsBeforeBEnds = al < bel || (al === bel && ac < bec);
  const bStartsBeforeAEnds = bl < ael || (bl === ael && bc < aec);
  const samePoint = al === bl && ac === bc;
  return (aStartsBeforeBEnds && bStartsBeforeAEnds) || samePoint;
}
