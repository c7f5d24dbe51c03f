import type { Finding } from '../../../service/types';
import { shorten } from '../../../formats/messages';
import { COMMANDS, UNKNOWN_KIND, type CommandName } from '../commandTable';
import type { ModprobeFile } from '../parser';
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

/** MIN_ARGS by command kind (the index in COMMANDS). */
const NEEDED = COMMANDS.map((name) => MIN_ARGS[name]);

export const invalidLine: ModprobeRule = {
  id: 'modprobe-invalid-line',
  defaultSeverity: 'error',
  summary: 'A line kmod ignores ("ignoring bad line"): an unknown command or a command without the arguments it needs.',
  check: ({ parsed }) => {
    const found: Finding[] = [];
    const { table } = parsed;
    for (let command = 0; command < table.count; command += 1) {
      const kind = table.kind(command);
      if (kind === UNKNOWN_KIND || table.argCount(command) < NEEDED[kind].count) found.push(finding(parsed, command));
    }
    return found;
  },
};

function finding(parsed: ModprobeFile, index: number): Finding {
  const command = parsed.commandAt(index);
  const name = command.name;
  const kind = parsed.table.kind(index);
  if (kind === UNKNOWN_KIND) {
    return { ruleId: invalidLine.id, range: command.command.range, message: `'${shorten(name)}' is not a modprobe.d command (${COMMANDS.join(', ')}); kmod ignores the line.` };
  }
  const range = { start: command.command.range.start, end: command.end };
  return { ruleId: invalidLine.id, range, message: `'${name}' needs ${NEEDED[kind].usage}; kmod ignores the line as it is.` };
}
