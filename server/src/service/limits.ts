/**
 * The sizes and times the service promises to stay within, whatever the input. Documented in the
 * README ("Limits"); the fuzz suite (test/fuzz) checks every language against them.
 */

/** Above either size a document gets one info diagnostic and only the rules its language marks as cheap. */
export const LARGE_DOCUMENT_CHARS = 2 * 1024 * 1024;
export const LARGE_DOCUMENT_LINES = 100_000;

/** The code of the info diagnostic on a large document (docs/rules/kvmtune-large-file.md). */
export const LARGE_FILE_CODE = 'kvmtune-large-file';

/** A hover longer than this is cut (a 10 MB unknown key must not become a 10 MB hover). */
export const MAX_HOVER_CHARS = 8_000;
/** Diagnostic and related-information messages longer than this are cut. */
export const MAX_MESSAGE_CHARS = 1_000;
/** At most this many completion items go back in one answer. */
export const MAX_COMPLETION_ITEMS = 1_000;

/**
 * Did-you-mean is worked out for at most this many distinct unknown names in one file; names first
 * seen after that are still reported, without suggestions. A file with more unknown names is not one
 * a suggestion helps.
 */
export const MAX_SUGGESTED_NAMES = 1_000;

/**
 * Did-you-mean for one check of one file: each distinct name is worked out once and costs one of
 * `limit`; a name written again gets the same answer, so identical lines get identical findings
 * (and fixing one of them does not hand its suggestion to a line further down).
 */
export function budgetedSuggestions(limit: number, suggest: (name: string) => readonly string[]): (name: string) => readonly string[] {
  const answers = new Map<string, readonly string[]>();
  return (name) => {
    let answer = answers.get(name);
    if (answer === undefined) {
      answer = answers.size < limit ? suggest(name) : NONE;
      if (answer !== NONE) answers.set(name, answer);
    }
    return answer;
  };
}

const NONE: readonly string[] = [];

/** Every request is meant to answer within this; the fuzz suite fails a call that takes longer. */
export const REQUEST_CAP_MS = 1_000;
/**
 * A whole validation is not a request (it runs in slices, so requests get in between); on any input
 * below the large-file limit it must still finish within this much CPU.
 */
export const VALIDATION_CAP_MS = 5_000;
/** Validation gives the event loop back after this long, so other requests and cancellations get in. */
export const VALIDATION_SLICE_MS = 10;

/** The last answer for each document, with the text it was for. */
const largeness = new WeakMap<object, { text: string; large: boolean }>();

export function isLargeDocument(doc: { getText(): string; lineCount: number }): boolean {
  const text = doc.getText();
  const hit = largeness.get(doc);
  if (hit && hit.text === text) return hit.large;
  const large = text.length > LARGE_DOCUMENT_CHARS || hasMoreLinesThan(text, LARGE_DOCUMENT_LINES);
  largeness.set(doc, { text, large });
  return large;
}

/**
 * Whether `text` has more than `max` lines as TextDocument counts them (\r\n, \r and \n each end
 * one), found with indexOf: doc.lineCount would build the document's whole line index (a few
 * milliseconds on a 10k-line file) when often nothing asks for a position in it.
 */
export function hasMoreLinesThan(text: string, max: number): boolean {
  if (text.length + 1 <= max) return false;
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) if (++lines > max) return true;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10 && ++lines > max) return true;
  return lines > max;
}

/** Cuts `text` to `max` characters with a marker, never splitting a surrogate pair. */
export function bounded(value: string, max: number): string {
  // Languages' tables are JSON; a value that is not a string (a prototype hit) must not crash the core.
  const text = typeof value === 'string' ? value : String(value);
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
