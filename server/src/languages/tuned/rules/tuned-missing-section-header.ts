import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { IniLine } from '../../../formats/ini';
import type { Finding, Rule, Settings } from '../../../service/types';
import { editsAddNoError } from '../../../service/fixSafety';
import { eolOf } from '../../../formats/lines';
import { displayLine, shorten } from '../../../formats/messages';
import { parseTuned, profileFor, type TunedProfile } from '../parser';
import { tunedRules } from './index';

const MAIN_KEYS = /^\s*(include|summary|description)\s*=/;

export const missingSectionHeader: Rule<TunedProfile> = {
  id: 'tuned-missing-section-header',
  defaultSeverity: 'error',
  summary: 'A setting before the first [section], or a byte order mark: configparser stops and tuned does not load the profile.',
  check: ({ doc, parsed, settings }) => {
    const profile = profileFor(parsed, settings);
    const first = profile.ini.lines.find((l) => l.kind === 'outside');
    if (profile.ini.bom) {
      // tuned stops at the BOM's line; a setting before any header further down stops it as soon as
      // the BOM is gone, so it is reported now too (not on the BOM's own line, which is one problem).
      return first && first.line > 0 ? [bomFinding(doc), outsideFinding(doc, parsed, settings, first)] : [bomFinding(doc)];
    }
    return first ? [outsideFinding(doc, parsed, settings, first)] : [];
  },
};

function outsideFinding(doc: TextDocument, parsed: TunedProfile, settings: Settings, first: IniLine): Finding {
  const at = { line: first.line, character: 0 };
  const edits = [{ range: { start: at, end: at }, newText: `[main]${eolOf(doc)}` }];
  const finding: Finding = {
    ruleId: missingSectionHeader.id,
    range: first.contentRange,
    message: `'${shorten(first.text.trim())}' comes before any [section] header (line ${displayLine(first.line)}): configparser raises MissingSectionHeaderError and the profile will not load.`,
  };
  // Under a header, text that is not name=value (a pasted script, a half-typed section) becomes
  // invalid lines and values get checked: the fix is only offered when it adds no error.
  if (editsAddNoError(tunedRules, missingSectionHeader.id, parseTuned, doc, parsed, settings, edits)) {
    finding.fixes = [{ title: 'Insert a [main] header above', edits, isPreferred: MAIN_KEYS.test(first.text) }];
  }
  return finding;
}

/** Every U+FEFF at the start: an editor that saved twice with a BOM leaves two, and both must go. */
function bomFinding(doc: TextDocument): Finding {
  // Counted in the text itself (no slice of the line, which may be megabytes): all of them, however many.
  const text = doc.getText();
  let length = 0;
  while (text.charCodeAt(length) === 0xfeff) length += 1;
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: length } };
  return {
    ruleId: missingSectionHeader.id,
    range,
    message: 'The file starts with a byte order mark: tuned reads it as part of the first line, finds no section header there and the profile will not load. Save the file as UTF-8 without BOM.',
    fixes: [{ title: 'Remove the byte order mark', edits: [{ range, newText: '' }], isPreferred: true }],
  };
}
