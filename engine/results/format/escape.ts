/** Escaping for untrusted strings (test names, labels, configs, paths, reasons come from files). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Markdown table cell: HTML-escaped (Markdown renderers pass raw HTML through, backticks become
 * entities), the inline-markup characters \\ * _ [ ] ~ and the cell separator | backslash-escaped,
 * line breaks folded.
 */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text)
    .replace(/[\\*_[\]~|]/g, (c) => `\\${c}`)
    .replace(/\r?\n|\r/g, ' ');
}
