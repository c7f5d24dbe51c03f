import type { Rule } from '../../../service/types';
import type { ModprobeCommand, ModprobeFile } from '../parser';
import { perObjectCache } from '../../../service/perObjectCache';

export type ModprobeRule = Rule<ModprobeFile>;

/** The options commands with a module name, found once per parsed file. */
const optionsOf = perObjectCache<ModprobeFile, ModprobeCommand[]>('optionsOf');

export function optionsCommands(file: ModprobeFile): ModprobeCommand[] {
  let found = optionsOf.get(file);
  if (!found) optionsOf.set(file, (found = file.commands.filter((c) => c.name === 'options' && c.argCount > 0)));
  return found;
}
