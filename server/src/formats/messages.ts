/** Keeps messages and hovers bounded: a 10 MB value must not become a 10 MB diagnostic. */
export function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** 1-based, as editors show line numbers in messages. */
export function displayLine(line: number): number {
  return line + 1;
}
