// The one table of generated inputs per language (see LanguageInputs). To cover a new language well,
// write bench/inputs/<id>.ts and add it here; until then it gets generic inputs from its fixtures.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { LanguageEntry } from '../../server/src/languages/registry';
import { ifcfgInputs } from './ifcfg';
import { modprobeInputs } from './modprobe';
import { libvirtInputs } from './libvirt';
import { sysctlInputs } from './sysctl';
import { tunedInputs } from './tuned';
import { uperfInputs } from './uperf';
import type { LanguageInputs, PathologicalShape } from './types';

export type { LanguageInputs, PathologicalShape, ShapeOperation } from './types';

const INPUTS: Record<string, LanguageInputs> = {
  sysctl: sysctlInputs,
  ifcfg: ifcfgInputs,
  modprobe: modprobeInputs,
  tuned: tunedInputs,
  uperf: uperfInputs,
  libvirt: libvirtInputs,
};

const FIXTURES = path.join(__dirname, '..', '..', 'test', 'fixtures');

/** Fixture files that are not files of the language itself: docs, expectations, the scripts that made them. */
const NOT_CONFIG = /\.(md|json|py|sh|js|mjs|ts|csv|ya?ml|txt|expected|out|log|rng|xsd)$|^README/i;

export function fixtureFiles(languageId: string): string[] {
  const walk = (dir: string): string[] => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return walk(full);
      return NOT_CONFIG.test(name) ? [] : [full];
    });
  };
  return walk(path.join(FIXTURES, languageId)).sort();
}

/** The shapes every language shares, because the core parses them: suppression directives. */
export function coreShapes(entry: LanguageEntry): PathologicalShape[] {
  const xml = entry.support?.commentStyle === 'xml';
  const comment = (body: string) => (xml ? `<!-- ${body} -->` : `# ${body}`);
  return [
    { what: 'a disable directive followed by n blanks', operation: 'validate', text: (n) => `${comment(`kvmtune-disable${' '.repeat(n)}`)}\n`, sizes: [10_000, 100_000, 1_000_000] },
    { what: '`kvmtune-disable-next-line x` × n', operation: 'validate', text: (n) => `${comment('kvmtune-disable-next-line x')}\n`.repeat(n) },
  ];
}

/** Generic inputs from a language's fixtures: the largest fixture of ≤ 200 lines, repeated for size. */
function fromFixtures(entry: LanguageEntry): LanguageInputs {
  const texts = fixtureFiles(entry.id).map((file) => readFileSync(file, 'utf8'));
  const lineCount = (t: string) => t.split('\n').length;
  const typical = texts.filter((t) => lineCount(t) <= 200).sort((a, b) => b.length - a.length)[0] ?? '';
  const repeatable = entry.support?.commentStyle !== 'xml';
  const lines = (n: number) => {
    if (!repeatable || typical === '') return typical;
    const block = typical.endsWith('\n') ? typical : `${typical}\n`;
    return block.repeat(Math.max(1, Math.ceil(n / lineCount(block)))).split('\n').slice(0, n).join('\n');
  };
  return {
    fileName: entry.filenames?.[0] ?? `file.${entry.host ?? entry.id}`,
    typical: () => typical,
    large: () => ({ what: repeatable ? `10k lines of ${entry.id} fixtures` : `${entry.id} fixture (not repeatable)`, text: lines(10_000) }),
    lines,
    probes: (text) => text.split('\n').slice(0, 50).map((l, line) => ({ line, character: Math.floor(l.length / 2) })),
  };
}

export function inputsFor(entry: LanguageEntry): LanguageInputs & { generic: boolean } {
  const own = INPUTS[entry.id];
  return own ? { ...own, generic: false } : { ...fromFixtures(entry), generic: true };
}

/** The VS Code language a document of this entry opens as. */
export function openAs(entry: LanguageEntry): string {
  return entry.host ?? entry.id;
}
