import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Fix } from '../../../service/types';
import { lookupKey, type SysctlKeyInfo } from '../keyTable';
import { leadingSpace, trimBlankEnd, type SysctlAssignment, type SysctlFile, type SysctlLine } from '../parser';

/** The line without its leading and trailing blanks: for findings about the line as a whole. */
export function trimmedLineRange(line: SysctlLine): Range {
  const start = leadingSpace(line.text);
  return { start: { line: line.line, character: start }, end: { line: line.line, character: trimBlankEnd(line.text).length } };
}

export function deleteLineEdit(line: number): TextEdit {
  return { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' };
}

export function removeLineFix(line: number, title = 'Remove this line', isPreferred = false): Fix {
  return { title, edits: [deleteLineEdit(line)], isPreferred };
}

/** Turns the line into a comment, keeping the user's text for later. */
export function commentOutFix(line: number, title = 'Comment out the line', isPreferred = false): Fix {
  const start = { line, character: 0 };
  return { title, edits: [{ range: { start, end: start }, newText: '# ' }], isPreferred };
}

export function replaceFix(title: string, range: Range, newText: string, isPreferred = false): Fix {
  return { title, edits: [{ range, newText }], isPreferred };
}

/** 1-based, as editors show line numbers in messages. */
export function displayLine(line: number): number {
  return line + 1;
}

export interface KnownAssignment {
  assignment: SysctlAssignment;
  info: SysctlKeyInfo;
}

/** Assignments of keys in the table, globs excluded. */
export function knownAssignments(file: SysctlFile): KnownAssignment[] {
  return file.assignments.flatMap((assignment) => {
    if (assignment.key.isGlob) return [];
    const info = lookupKey(assignment.key.components);
    return info ? [{ assignment, info }] : [];
  });
}

/** Only the assignment that wins for each key (the last one), so advice is not repeated on overridden lines. */
export function effectiveAssignments(file: SysctlFile): KnownAssignment[] {
  const last = new Map<string, KnownAssignment>();
  for (const known of knownAssignments(file)) last.set(known.assignment.key.name, known);
  return [...last.values()].sort((a, b) => a.assignment.line - b.assignment.line);
}
