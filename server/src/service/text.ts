import type { TextDocument } from 'vscode-languageserver-textdocument';

/** Line breaks as LSP counts them: CRLF, lone CR and LF all end a line. */
export const LINE_BREAK = /\r\n|\r|\n/;

export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** The end-of-line a document already uses, so inserted lines do not mix styles. */
export function eolOf(doc: TextDocument): string {
  const match = /\r\n|\r|\n/.exec(doc.getText());
  return match ? match[0] : '\n';
}
