import type { UperfToken } from '../tokenizer';
import type { UperfProfile } from '../model';
import { finding, type UperfRule } from './helpers';

/** The token uperf reads cut short because it drops the file's last byte, if the last byte was part of a token. */
export function truncatedToken(profile: UperfProfile): UperfToken | undefined {
  const { text } = profile;
  if (text.length === 0 || text.indexOf('\0') >= 0) return undefined;
  const last = text.charCodeAt(text.length - 1);
  if (last > 0 && last < 33) return undefined;
  const token = profile.tokens[profile.tokens.length - 1];
  return token && token.end === profile.limit ? token : undefined;
}

export const missingFinalNewline: UperfRule = {
  id: 'uperf-missing-final-newline',
  defaultSeverity: 'error',
  summary: 'The file does not end with a newline: uperf drops the last byte, so the final ">" of </profile> is lost.',
  check: ({ parsed }) => {
    const { text } = parsed;
    if (text.length === 0) return [];
    const last = text.charCodeAt(text.length - 1);
    if ((last > 0 && last < 33) || text.indexOf('\0') >= 0) return [];
    const token = truncatedToken(parsed);
    const broken = token !== undefined && token.type === 'error';
    const end = text.length;
    const fix = { title: 'Add a newline at the end of the file', edits: [{ range: parsed.rangeOf({ start: end, end }), newText: eolOf(text) }], isPreferred: true };
    // A last token that starts on an earlier line (an unclosed quote runs to the end of the file)
    // changes its meaning when uperf reads its last byte: the fix would rewrite lines it does not touch.
    const spansLines = token !== undefined && parsed.rangeOf({ start: token.start, end: token.start }).start.line < parsed.rangeOf({ start: end, end }).start.line;
    const message = broken
      ? `uperf drops the file's last byte, so it reads "${token.text}" and stops with "Unknown symbol: ${token.text}". End the file with a newline.`
      : "uperf drops the file's last byte; here the loss is harmless, but end the file with a newline so it stays that way.";
    const start = token ? token.start : end - 1;
    return [finding(parsed, missingFinalNewline.id, { start, end }, message, { severity: broken ? 'error' : 'warning', fixes: spansLines ? [] : [fix] })];
  },
};

function eolOf(text: string): string {
  const match = /\r\n|\r|\n/.exec(text);
  return match ? match[0] : '\n';
}
