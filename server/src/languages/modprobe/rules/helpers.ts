import type { Rule } from '../../../service/types';
import type { ModprobeCommand, ModprobeFile } from '../parser';

export type ModprobeRule = Rule<ModprobeFile>;

/** The options commands with a module name, found once per parsed file. */
const optionsOf = new WeakMap<ModprobeFile, ModprobeCommand[]>();

export function optionsCommands(file: ModprobeFile): ModprobeCommand[] {
  let found = optionsOf.get(file);
  if (!found) optionsOf.set(file, (found = file.commands.filter((c) => c.name === 'options' && c.argCount > 0)));
  return found;
}
