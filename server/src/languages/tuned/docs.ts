import { entryMarkdown, type TableEntry } from '../../formats/table';
import type { TunedOption, TunedPlugin, SpecialSection } from './table';

const TYPE_LABELS: Record<string, string> = {
  'plugin-name': 'plugin name', 'unit-bool': 'True/true/1 (anything else is false)', int: 'integer', devices: 'device names and globs',
  regex: 'regular expression', 'script-path': 'script path', 'name-list': 'names separated by , or ;', 'include-list': 'profile names separated by , or ;',
  string: 'text', bool: 'true/1 or false', 'grub-bool': 'y/yes/t/true/1 or false', uint: 'integer ≥ 0', float: 'number', percent: 'percent 0-100',
  'bytes-or-percent': 'bytes or N%', wol: 'letters from pumbagsd, or 0', 'ethtool-pairs': 'ethtool name/value pairs', enum: 'one of the listed words',
  alternatives: "'|'-separated alternatives", latency: "latency ('|'-separated fallbacks)", cpulist: 'CPU list', 'irq-affinity': 'calc, ignore or a CPU list',
  cmdline: 'kernel command line words',
};

export function optionEntry(option: TunedOption): TableEntry {
  const notes = [
    ...(option.names ? [{ label: 'Parameters', text: option.names.join(', ') }] : []),
    ...(option.deprecatedSince ? [{ label: 'Deprecated', text: `tuned ${option.deprecatedSince} and later log a deprecation warning` }] : []),
  ];
  return {
    name: option.name,
    type: TYPE_LABELS[option.type] ?? option.type,
    summary: option.summary,
    values: option.values,
    min: option.min,
    max: option.max,
    default: option.default,
    paper: option.paper,
    introduced: option.since ? `tuned ${option.since}` : undefined,
    notes,
  };
}

export function optionMarkdown(option: TunedOption, title?: string): string {
  return entryMarkdown(optionEntry(option), { title });
}

export function pluginMarkdown(plugin: TunedPlugin, sectionName: string, s390x: boolean): string {
  const kind = plugin.freeForm ? 'any key' : `${plugin.options.length} option${plugin.options.length === 1 ? '' : 's'}`;
  const lines = [`**[${sectionName}]** — tuned plugin \`${plugin.name}\` (since tuned ${plugin.since}; ${kind}${plugin.devices ? ', device plugin' : ''})`, '', plugin.summary];
  if (plugin.s390x) lines.push('', `${s390x ? '**On IBM Z:**' : 'On IBM Z:'} ${plugin.s390x}`);
  if (!plugin.freeForm && plugin.options.length > 0) lines.push('', `Options: ${plugin.options.map((o) => `\`${o.name}\``).join(', ')}`);
  return lines.join('\n');
}

export function specialMarkdown(section: SpecialSection): string {
  return [`**[${section.name}]**`, '', section.summary, '', `Options: ${section.options.map((o) => `\`${o.name}\``).join(', ')}`].join('\n');
}
