import type { Finding } from '../../../service/types';
import { shorten } from '../../../formats/messages';
import { COMMANDS, isCommand, type CommandName, type ModprobeCommand } from '../parser';
import type { ModprobeRule } from './helpers';

/** Arguments kmod needs before it accepts the line. */
const MIN_ARGS: Record<CommandName, { count: number; usage: string }> = {
  options: { count: 2, usage: 'options <module> <parameter>=<value> …' },
  install: { count: 2, usage: 'install <module> <command…>' },
  remove: { count: 2, usage: 'remove <module> <command…>' },
  blacklist: { count: 1, usage: 'blacklist <module>' },
  alias: { count: 2, usage: 'alias <wildcard> <module>' },
  softdep: { count: 2, usage: 'softdep <module> pre: <modules…> post: <modules…>' },
  weakdep: { count: 2, usage: 'weakdep <module> <modules…>' },
};

export const invalidLine: ModprobeRule = {
  id: 'modprobe-invalid-line',
  defaultSeverity: 'error',
  summary: 'A line kmod ignores ("ignoring bad line"): an unknown command or a command without the arguments it needs.',
  check: ({ parsed }) => {
    const found: Finding[] = [];
    for (const command of parsed.commands) {
      const problem = finding(command);
      if (problem) found.push(problem);
    }
    return found;
  },
};

function finding(command: ModprobeCommand): Finding | undefined {
  const name = command.name;
  if (!isCommand(name)) {
    return { ruleId: invalidLine.id, range: command.command.range, message: `'${shorten(name)}' is not a modprobe.d command (${COMMANDS.join(', ')}); kmod ignores the line.` };
  }
  const need = MIN_ARGS[name];
  if (command.argCount >= need.count) return undefined;
  const range = { start: command.command.range.start, end: command.end };
  return { ruleId: invalidLine.id, range, message: `'${name}' needs ${need.usage}; kmod ignores the line as it is.` };
}
