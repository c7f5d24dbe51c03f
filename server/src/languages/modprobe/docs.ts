import { entryMarkdown, type TableEntry } from '../../formats/table';
import type { KernelModule, ModuleParam } from './moduleParams';

/** A Map, so a command word like `__proto__` or `constructor` finds nothing rather than Object's own members. */
export const COMMAND_DOCS: ReadonlyMap<string, string> = new Map([
  ['options', '`options <module> <param>=<value> …` — parameters passed when the module loads (also by udev autoloading). Several `options` lines for one module add up.'],
  ['install', '`install <module> <command…>` — run this shell command instead of loading the module.'],
  ['remove', '`remove <module> <command…>` — run this shell command instead of unloading the module.'],
  ['blacklist', '`blacklist <module>` — ignore the module\'s aliases, so it is not loaded automatically (an explicit `modprobe <module>` still loads it).'],
  ['alias', '`alias <wildcard> <module>` — another name for a module.'],
  ['softdep', '`softdep <module> pre: <modules…> post: <modules…>` — load other modules before or after this one.'],
  ['weakdep', '`weakdep <module> <modules…>` — modules that may be needed (kmod 33+; used for initramfs tools).'],
]);

export function moduleMarkdown(module: KernelModule): string {
  const names = module.params.map((p) => `\`${p.name}\``).join(', ');
  return [`**${module.name}** — kernel module`, '', module.summary, '', module.params.length ? `Parameters kvmtune knows: ${names}.` : 'No module parameters to tune.'].join('\n');
}

export function paramMarkdown(module: KernelModule, param: ModuleParam, platform: string): string {
  const defaults = param.defaultsByArch
    ? Object.entries(param.defaultsByArch).map(([arch, value]) => (arch === platform ? `**${arch} ${value}**` : `${arch} ${value}`)).join(', ')
    : `\`${param.default}\``;
  const entry: TableEntry = {
    name: `${module.name}.${param.name}`,
    type: param.type,
    unit: param.unit,
    summary: param.summary,
    facts: [
      ['Range', param.min !== undefined || param.max !== undefined ? `${param.min ?? '…'} to ${param.max ?? '…'}${param.unit ? ` ${param.unit}` : ''}` : undefined],
      ['Default', defaults],
      ['Only on', param.arch?.join(', ')],
      ['Set', param.access === 'rw' ? `also writable at run time: \`/sys/module/${module.name}/parameters/${param.name}\` (takes effect at once, lost at reboot).` : 'read only at module load: reload the module (or reboot) after changing it.'],
    ],
    notes: param.notes ? [{ label: 'Notes', text: param.notes }] : [],
    paper: param.paper ? { value: `${param.name}=${param.paper.value}`, reason: `${param.paper.workload ? `For ${param.paper.workload} workloads. ` : ''}${param.paper.reason}` } : undefined,
  };
  return entryMarkdown(entry);
}
