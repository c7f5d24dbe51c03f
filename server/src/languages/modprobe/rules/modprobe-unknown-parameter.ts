import type { Finding, Settings } from '../../../service/types';
import { shorten } from '../../../formats/messages';
import { existsOn, type KernelModule } from '../moduleParams';
import type { ModprobeFile } from '../parser';
import { closestParams } from './closestParams';
import { nameRangeOf, optionsFacts, unlistedParameter, type UnlistedParameter } from './optionsFacts';
import type { ModprobeRule } from './helpers';

export const unknownParameter: ModprobeRule = {
  id: 'modprobe-unknown-parameter',
  defaultSeverity: 'error',
  summary: 'A parameter the module does not have (a typo, or one that exists only on another architecture): the kernel ignores it when loading the module.',
  check: ({ parsed, settings }) => {
    const suggest = memoisedClosest();
    const found: Finding[] = [];
    const facts = optionsFacts(parsed);
    for (let i = 0; i < facts.unlistedModules.length; i += 1) {
      const finding = judge(parsed, unlistedParameter(parsed, facts, i), settings, suggest);
      if (finding) found.push(finding);
    }
    return found;
  },
};

type Suggest = (module: KernelModule, name: string) => readonly string[];

/**
 * One edit-distance search per module and name: a file repeating one typo 50,000 times stays cheap.
 * The memo is bounded: a file of ever new names would only fill it with names never asked again.
 */
const MEMO_SIZE = 1_000;

function memoisedClosest(): Suggest {
  const seen = new Map<KernelModule, Map<string, readonly string[]>>();
  let size = 0;
  return (module, name) => {
    let byName = seen.get(module);
    if (!byName) seen.set(module, (byName = new Map()));
    let found = byName.get(name);
    if (!found) {
      found = closestParams(module, name);
      if (size < MEMO_SIZE) {
        byName.set(name, found);
        size += 1;
      }
    }
    return found;
  };
}

function judge(parsed: ModprobeFile, p: UnlistedParameter, settings: Settings, suggest: Suggest): Finding | undefined {
  const { known, module } = p;
  if (known) {
    if (existsOn(known, settings.platform)) return undefined;
    return { ruleId: unknownParameter.id, range: nameRangeOf(parsed, p), message: `${module.name}.${known.name} exists only on ${known.arch?.join(', ')}; on ${settings.platform} the kernel ignores it ("unknown parameter").` };
  }
  const suggestions = suggest(module, p.name);
  if (!module.complete && suggestions.length === 0) return undefined;
  const best = suggestions.length ? suggestions[0] : undefined;
  const hint = best === undefined ? '' : ` Did you mean '${best}'?`;
  const range = nameRangeOf(parsed, p);
  return {
    ruleId: unknownParameter.id,
    severity: module.complete ? 'error' : 'warning',
    range,
    message: `${module.name} has no parameter '${shorten(p.name)}': the kernel logs "unknown parameter" and ignores it.${hint}`,
    fixes: best === undefined ? [] : [{ title: `Change to '${best}'`, edits: [{ range, newText: best }], isPreferred: suggestions.length === 1 }],
  };
}
