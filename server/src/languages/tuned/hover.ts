import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { IniOption } from '../../formats/ini';
import type { Settings } from '../../service/types';
import { findModule, findParam } from '../modprobe/moduleParams';
import { keyMarkdown } from '../sysctl/keyDocs';
import { lookupKeyName } from '../sysctl/keyTable';
import { sysctlKeyOf } from './sysctlKey';
import { optionMarkdown, pluginMarkdown, specialMarkdown } from './docs';
import { includeEntries, resolveInclude } from './includes';
import { parseModulesValue } from './modulesValue';
import { unitOf, type TunedProfile, type TunedUnit } from './parser';
import { shippedProfileMarkdown, workspaceProfileMarkdown } from './profileDocs';
import { readFileUri } from './includes';
import { findPlugin, findPluginOption, findSpecialSection, findUnitKeyword } from './table';
import { platformOf } from './version';
import { valueSpanRange } from '../../formats/ini';

function contains(range: Range, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}

function markdown(value: string, range: Range): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

export function computeHover(_doc: TextDocument, profile: TunedProfile, position: Position, settings: Settings): Hover | null {
  const line = profile.ini.lines[position.line];
  if (!line) return null;
  if (line.kind === 'section') {
    const section = profile.ini.sections[line.sectionIndex!];
    if (!contains(section.nameRange, position)) return null;
    const unit = unitOf(profile, section);
    return unit ? sectionHover(unit, section.nameRange, settings) : null;
  }
  if (line.optionIndex === undefined) return null;
  const option = profile.ini.options[line.optionIndex];
  const unit = unitOf(profile, profile.ini.sections[option.sectionIndex]);
  if (!unit) return null;
  if (contains(option.nameRange, position)) return optionHover(unit, option);
  return valueHover(profile, unit, option, position, settings);
}

function sectionHover(unit: TunedUnit, range: Range, settings: Settings): Hover | null {
  const special = findSpecialSection(unit.plugin);
  if (special) return markdown(specialMarkdown(special), range);
  const plugin = findPlugin(unit.plugin);
  if (!plugin) return markdown(`**[${unit.name}]** — tuned has no plugin \`${unit.plugin}\`; it skips this section.`, range);
  return markdown(pluginMarkdown(plugin, unit.name, platformOf(settings) === 's390x'), range);
}

function optionHover(unit: TunedUnit, option: IniOption): Hover | null {
  const keyword = findUnitKeyword(option.name);
  if (keyword && unit.plugin !== 'main') return markdown(optionMarkdown(keyword, `${option.name} (unit keyword, any section)`), option.nameRange);
  const special = findSpecialSection(unit.plugin);
  if (special) {
    const known = special.options.find((o) => o.name === option.name);
    if (known) return markdown(optionMarkdown(known), option.nameRange);
    return unit.plugin === 'variables' ? markdown(`**${option.name}** — variable, used as \`\${${option.name}}\``, option.nameRange) : null;
  }
  if (unit.plugin === 'sysctl') return sysctlKeyHover(option);
  if (unit.plugin === 'modules') {
    const module = findModule(option.name);
    return module ? markdown(`**${module.name}** — kernel module\n\n${module.summary}\n\nParameters kvmtune knows: ${module.params.map((p) => `\`${p.name}\``).join(', ')}`, option.nameRange) : null;
  }
  const plugin = findPlugin(unit.plugin);
  const known = plugin && findPluginOption(plugin, option.name);
  return known ? markdown(optionMarkdown(known, option.name), option.nameRange) : null;
}

function sysctlKeyHover(option: IniOption): Hover | null {
  const key = sysctlKeyOf(option.name);
  const info = key && lookupKeyName(key.name);
  if (!info) return null;
  const note = '\n\n**In tuned:** one pair of surrounding double quotes is removed before the value is written (single quotes stay), `>N`/`<N` only raise/lower the current value, and /etc/sysctl.conf and /etc/sysctl.d are re-applied afterwards.';
  return markdown(keyMarkdown(info, option.name) + note, option.nameRange);
}

function valueHover(profile: TunedProfile, unit: TunedUnit, option: IniOption, position: Position, settings: Settings): Hover | null {
  if (unit.plugin === 'main' && option.name === 'include') {
    const entry = includeEntries(option).find((e) => contains(e.range, position));
    if (!entry) return null;
    const resolved = resolveInclude(profile.uri, entry.name, settings);
    if (resolved.kind === 'shipped' || resolved.kind === 'not-in-release') return markdown(shippedProfileMarkdown(resolved.profile), entry.range);
    if (resolved.kind === 'workspace') return markdown(workspaceProfileMarkdown(entry.name, resolved.uri, readFileUri), entry.range);
    return markdown(`**${entry.name}** — not a profile tuned ships; it must exist on the target.`, entry.range);
  }
  if (unit.plugin === 'modules') {
    const module = findModule(option.name);
    const word = parseModulesValue(option.value).params.find((w) => contains(valueSpanRange(option, w.start, w.end), position));
    const param = module && word && findParam(module, word.name);
    if (!param || !word) return null;
    const paper = param.paper ? `\n\n**IBM paper:** \`${param.paper.value}\`. ${param.paper.reason}` : '';
    return markdown(`**${module!.name}.${param.name}** — ${param.type}${param.unit ? `, ${param.unit}` : ''}\n\n${param.summary}\n\n- Default: \`${param.default}\`${paper}`, valueSpanRange(option, word.start, word.end));
  }
  return null;
}
