// Inputs for the fuzz suite: fast-check generation from a language's own tokens, mutations of its
// fixtures (byte flips, truncation, duplication, splicing) and the fixed nasty set.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { LanguageEntry } from '../../server/src/languages/registry';
import { fixtureFiles, inputsFor } from '../../bench/inputs';

/** Texts the fuzz starts from: the language's fixtures and its generated typical file. */
export function seedTexts(entry: LanguageEntry): string[] {
  const texts = fixtureFiles(entry.id).map((file) => readFileSync(file, 'utf8'));
  return [...texts, inputsFor(entry).typical()].filter((t) => t.length > 0 && t.length < 200_000);
}

/** Tokens of the seeds (words, punctuation, blanks), plus the characters parsers trip over. */
function tokensOf(texts: readonly string[]): string[] {
  const tokens = new Set<string>(['\n', '\r\n', '\r', '\t', ' ', '=', '"', "'", '#', ';', '<', '>', '/', '\u0000', '\uFEFF', '\u00A0', '\uFFFD', '\uD800', 'constructor', '__proto__', 'kvmtune-disable', 'kvmtune-disable-next-line', '--']);
  for (const text of texts) for (const token of text.match(/[A-Za-z0-9_.*?[\]-]+|\s+|[^A-Za-z0-9_\s]/g) ?? []) if (tokens.size < 2_000) tokens.add(token);
  return [...tokens];
}

export function generatedText(entry: LanguageEntry): fc.Arbitrary<string> {
  const tokens = tokensOf(seedTexts(entry));
  return fc.array(fc.constantFrom(...tokens), { maxLength: 200 }).map((parts) => parts.join(''));
}

type Mutation =
  | { kind: 'flip'; at: number; code: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate'; at: number; length: number; times: number }
  | { kind: 'splice'; at: number; other: number; from: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), code: fc.oneof(fc.integer({ min: 0, max: 127 }), fc.constantFrom(0xfeff, 0xfffd, 0xd800, 0x2028, 0xa0, 13, 10)) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }), times: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), other: fc.nat(), from: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
);

function applyMutation(text: string, m: Mutation, seeds: readonly string[]): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  switch (m.kind) {
    case 'flip':
      return text.slice(0, at) + String.fromCharCode(m.code) + text.slice(at + 1);
    case 'truncate':
      return text.slice(0, at);
    case 'duplicate': {
      const piece = text.slice(at, at + m.length);
      return text.slice(0, at) + piece.repeat(m.times) + text.slice(at);
    }
    case 'splice': {
      const other = seeds[m.other % seeds.length];
      const from = other.length === 0 ? 0 : m.from % other.length;
      return text.slice(0, at) + other.slice(from, from + m.length) + text.slice(at);
    }
  }
}

export function mutatedFixture(entry: LanguageEntry): fc.Arbitrary<string> {
  const seeds = seedTexts(entry);
  return fc.record({ seed: fc.nat(), mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }) }).map(({ seed, mutations }) =>
    mutations.reduce((text, m) => applyMutation(text, m, seeds), seeds[seed % seeds.length] ?? ''),
  );
}

/** Decodes bytes the way an editor shows a file that is not UTF-8. */
const asEditorText = (bytes: number[]) => new TextDecoder('utf-8').decode(Uint8Array.from(bytes));

/** The fixed hostile inputs; `heavy` ones (tens of MB or a million lines) run once per run. */
export function nastySet(entry: LanguageEntry): Array<{ name: string; text: () => string; heavy?: boolean }> {
  const seed = inputsFor(entry).typical() || 'x = 1\n';
  const firstLine = seed.split(/\r?\n/).find((l) => l.trim() !== '' && !l.startsWith('#')) ?? 'x = 1';
  const comment = entry.support?.commentStyle === 'xml' ? (b: string) => `<!-- ${b} -->` : (b: string) => `# ${b}`;
  return [
    { name: 'empty', text: () => '' },
    { name: '20 MB', text: () => seed.repeat(Math.ceil((20 * 2 ** 20) / seed.length)), heavy: true },
    { name: 'one 10 MB line', text: () => `${firstLine}${'x'.repeat(10 * 2 ** 20)}`, heavy: true },
    { name: '1M short lines', text: () => 'a\n'.repeat(1_000_000), heavy: true },
    { name: '10k-deep XML', text: () => `${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}` },
    { name: 'NUL bytes', text: () => `${firstLine}\u0000\u0000\n\u0000=\u0000\n` },
    { name: 'invalid UTF-8', text: () => asEditorText([...Buffer.from(`${firstLine} # Puffergr`), 0xf6, 0xdf, 0x65, 0x0a, 0xc3, 0x28, 0x0a, 0xed, 0xa0, 0x80]) },
    { name: 'lone surrogates', text: () => `${firstLine}\uD800\n\uDC00${firstLine}\n` },
    { name: 'CR-only line ends', text: () => seed.replace(/\r?\n/g, '\r') },
    { name: 'mixed line ends', text: () => seed.split(/\r?\n/).map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join('') },
    { name: 'single BOM', text: () => `\uFEFF${seed}` },
    { name: 'double BOM', text: () => `\uFEFF\uFEFF${seed}` },
    { name: 'tabs', text: () => seed.replace(/ /g, '\t') },
    { name: '100k duplicates', text: () => `${firstLine}\n`.repeat(100_000) },
    { name: '50k duplicates (under the large-file limit)', text: () => `${firstLine}\n`.repeat(50_000), heavy: true },
    { name: '100k directives', text: () => `${comment('kvmtune-disable-next-line x')}\n`.repeat(100_000) },
    { name: 'directive + 100k blanks', text: () => `${comment(`kvmtune-disable${' '.repeat(100_000)}`)}\n${firstLine}\n` },
  ];
}
