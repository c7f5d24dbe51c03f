import type { Finding, Settings } from '../../../service/types';
import { shorten } from '../../../formats/messages';
import { editDistance } from '../../../formats/editDistance';
import { existsOn, findModule, findParam, normaliseModuleName, type KernelModule } from '../moduleParams';
import type { ModprobeCommand, ModuleParameter } from '../parser';
import { optionsCommands, type ModprobeRule } from './helpers';

export const unknownParameter: ModprobeRule = {
  id: 'modprobe-unknown-parameter',
  defaultSeverity: 'error',
  summary: 'A parameter the module does not have (a typo, or one that exists only on another architecture): the kernel ignores it when loading the module.',
  check: ({ parsed, settings }) => {
    const suggest = memoisedClosest();
    const found: Finding[] = [];
    for (const command of optionsCommands(parsed)) check(command, settings, suggest, found);
    return found;
  },
};

type Suggest = (module: KernelModule, name: string) => string[];

/** One edit-distance search per module and name: a file repeating one typo 50,000 times stays cheap. */
function memoisedClosest(): Suggest {
  const seen = new Map<string, string[]>();
  return (module, name) => {
    const key = `${module.name}\u0000${name}`;
    let found = seen.get(key);
    if (!found) seen.set(key, (found = closest(module, name)));
    return found;
  };
}

function check(command: ModprobeCommand, settings: Settings, suggest: Suggest, found: Finding[]): void {
  const module = findModule(command.argText(0));
  if (!module) return;
  for (const p of command.params) {
    const finding = judge(module, p, settings, suggest);
    if (finding) found.push(finding);
  }
}

function closest(module: KernelModule, name: string): string[] {
  const wanted = normaliseModuleName(name);
  return module.params
    .map((p) => ({ name: p.name, distance: editDistance(wanted, p.name, 2) }))
    .filter((s) => s.distance <= 2)
    .sort((a, b) => a.distance - b.distance)
    .map((s) => s.name);
}

function judge(module: KernelModule, p: ModuleParameter, settings: Settings, suggest: Suggest): Finding | undefined {
  const known = findParam(module, p.name);
  if (known) {
    if (existsOn(known, settings.platform)) return undefined;
    return { ruleId: unknownParameter.id, range: p.nameRange, message: `${module.name}.${known.name} exists only on ${known.arch?.join(', ')}; on ${settings.platform} the kernel ignores it ("unknown parameter").` };
  }
  const suggestions = suggest(module, p.name);
  if (!module.complete && suggestions.length === 0) return undefined;
  const hint = suggestions.length ? ` Did you mean '${suggestions[0]}'?` : '';
  return {
    ruleId: unknownParameter.id,
    severity: module.complete ? 'error' : 'warning',
    range: p.nameRange,
    message: `${module.name} has no parameter '${shorten(p.name)}': the kernel logs "unknown parameter" and ignores it.${hint}`,
    fixes: suggestions.slice(0, 1).map((s) => ({ title: `Change to '${s}'`, edits: [{ range: p.nameRange, newText: s }], isPreferred: suggestions.length === 1 })),
  };
}
