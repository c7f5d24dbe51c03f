/** Short quotes of user text in messages, and 1-based line numbers as editors show them. */
export function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function displayLine(line: number): number {
  return line + 1;
}
