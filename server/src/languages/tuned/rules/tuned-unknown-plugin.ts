import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Finding, Rule } from '../../../service/types';
import { didYouMean } from '../didYouMean';
import { editsAddNoError } from '../../../service/fixSafety';
import { parseTuned, profileFor, type TunedProfile, type TunedUnit } from '../parser';
import { tunedRules } from './index';
import { findPlugin, PLUGINS, removedPlugin, SPECIAL_SECTIONS } from '../table';
import { shorten } from '../../../formats/messages';
import { targetHas, tunedVersionOf } from '../version';

const KNOWN_NAMES = [...PLUGINS.map((p) => p.name), ...SPECIAL_SECTIONS.map((s) => s.name)];

export const unknownPlugin: Rule<TunedProfile> = {
  id: 'tuned-unknown-plugin',
  defaultSeverity: 'warning',
  summary: 'A section whose plugin (its type= or its name) tuned does not have, or not in the targeted release: tuned logs an error and skips the section.',
  check: ({ doc, parsed, settings }) =>
    profileFor(parsed, settings).units.flatMap((unit) =>
      // The section's contents are read once it names a plugin: a rename that exposes errors there is not offered.
      finding(unit, settings).map((f) => ({ ...f, fixes: f.fixes?.filter((fix) => editsAddNoError(tunedRules, unknownPlugin.id, parseTuned, doc, parsed, settings, fix.edits)) })),
    ),
};

function finding(unit: TunedUnit, settings: Parameters<typeof targetHas>[0]): Finding[] {
  if (unit.plugin === 'main' || unit.plugin === 'variables') return [];
  const range = unit.typeOption ? unit.typeOption.valueRange : unit.headers[0].nameRange;
  const plugin = findPlugin(unit.plugin);
  const where = unit.typeOption ? `type=${shorten(unit.plugin)}` : `[${shorten(unit.name)}]`;
  if (plugin) {
    if (targetHas(settings, plugin.since)) return [];
    return [{ ruleId: unknownPlugin.id, range, message: `The ${plugin.name} plugin came with tuned ${plugin.since}; tuned ${tunedVersionOf(settings)} skips ${where} ("failed to initialize plugin").` }];
  }
  const removed = removedPlugin(unit.plugin);
  const suggestions = removed?.renamedTo ? [removed.renamedTo] : didYouMean(unit.plugin, KNOWN_NAMES);
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?` : '';
  const history = removed ? ` (the ${removed.name} plugin existed from ${removed.since} until ${removed.removedIn})` : '';
  const named = unit.typeOption ? '' : ` A section named by its purpose needs type=<plugin>, e.g. [${shorten(unit.name)}] with type=sysctl.`;
  return [
    {
      ruleId: unknownPlugin.id,
      range,
      message: `tuned has no plugin '${shorten(unit.plugin)}'${history}: it logs "failed to initialize plugin" and skips ${where}.${hint}${suggestions.length > 0 ? '' : named}`,
      fixes: suggestions.map((s) => ({ title: `Change to '${s}'`, edits: renames(unit, range, s), isPreferred: suggestions.length === 1 && s.toLowerCase() === unit.plugin.toLowerCase() })),
    },
  ];
}

/** configparser merges repeated headers into one section: renaming it means renaming every header. */
function renames(unit: TunedUnit, range: Range, name: string): TextEdit[] {
  if (unit.typeOption) return [{ range, newText: name }];
  return unit.headers.map((header) => ({ range: header.nameRange, newText: name }));
}
