import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Rule, SeverityName, Settings } from '../../../service/types';
import { lookupKey, type SysctlKeyInfo } from '../keyTable';
import { leadingSpace, trimBlankEnd, type SysctlFile, type SysctlLine } from '../parser';
import { componentsOf, type SysctlSetting } from '../setting';

/** A rule about sysctl.conf's own grammar (quotes, comments, `=`); it reads the parsed file. */
export type SysctlSyntaxRule = Omit<Rule<SysctlFile>, 'language'>;

export interface SysctlSettingsContext {
  doc: TextDocument;
  settings: Settings;
}

/** A rule about what a setting does to the kernel, whichever file format set it (sysctl.conf, tuned's [sysctl]). */
export interface SysctlSettingsRule {
  id: string;
  defaultSeverity: SeverityName;
  summary: string;
  fromPaper?: boolean;
  /** Judges keys only, so value-less entries (sysctl.conf's `-key` excludes) may be passed as well. */
  keysOnly?: boolean;
  check(settings: readonly SysctlSetting[], ctx: SysctlSettingsContext): Finding[];
}

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

export interface KnownSetting {
  setting: SysctlSetting;
  info: SysctlKeyInfo;
}

/** Settings of keys in the table. */
export function knownSettings(settings: readonly SysctlSetting[]): KnownSetting[] {
  return settings.flatMap((setting) => {
    const info = lookupKey(componentsOf(setting));
    return info ? [{ setting, info }] : [];
  });
}

/** Only the setting that wins for each key (the last one), so advice is not repeated on overridden lines. */
export function effectiveSettings(settings: readonly SysctlSetting[]): KnownSetting[] {
  const last = new Map<string, KnownSetting>();
  for (const known of knownSettings(settings)) last.set(known.setting.key, known);
  return [...last.values()].sort((a, b) => a.setting.line - b.setting.line);
}
