import type { Position } from 'vscode-languageserver-types';

/** Up to 50 positions spread over the text: on an attribute name and inside its value, for XML inputs. */
export function attributeProbes(text: string, opener: '="' | "='"): Position[] {
  const all = text.split('\n');
  const result: Position[] = [];
  for (let line = 0; line < all.length && result.length < 50; line += Math.max(1, Math.floor(all.length / 50))) {
    const quote = all[line].indexOf(opener);
    if (quote > 0) result.push({ line, character: quote - 2 }, { line, character: quote + 3 });
  }
  return result;
}
