import type { Rule } from '../../../service/types';
import type { ModprobeCommand, ModprobeFile } from '../parser';

export type ModprobeRule = Rule<ModprobeFile>;

export function optionsCommands(file: ModprobeFile): ModprobeCommand[] {
  return file.commands.filter((c) => c.command.text === 'options' && c.args.length > 0);
}
