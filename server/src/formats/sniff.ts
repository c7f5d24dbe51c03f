/** Non-blank, non-comment lines among the first 200: what content detection looks at. */
export function contentLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/, 200).filter((l) => l.trim() !== '' && !/^\s*[#;]/.test(l));
}

/** The share of `lines` that match `pattern` (0 for no lines). */
export function share(lines: readonly string[], pattern: RegExp): number {
  return lines.length === 0 ? 0 : lines.filter((l) => pattern.test(l)).length / lines.length;
}
