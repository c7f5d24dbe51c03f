import type { Finding, Rule, Settings } from '../../../service/types';
import type { EffectiveOption } from '../../../formats/ini';
import { didYouMean } from '../didYouMean';
import { MISPLACED_NAMES } from './tuned-misplaced-setting';
import { ownOptions, profileFor, type TunedProfile, type TunedUnit } from '../parser';
import { findPlugin, findPluginOption, findSpecialSection, findUnitKeyword, optionNamesOf, type TunedOption } from '../table';
import { shorten } from '../../../formats/messages';
import { targetHas, tunedVersionOf } from '../version';

export const unknownOption: Rule<TunedProfile> = {
  id: 'tuned-unknown-option',
  defaultSeverity: 'warning',
  summary: "An option the section's plugin does not have (or not in the targeted tuned release): tuned warns 'Unknown option' and drops it; in [main] it is ignored without a message.",
  check: ({ parsed, settings }) => {
    const out: Finding[] = [];
    for (const unit of profileFor(parsed, settings).units) {
      // A free-form plugin's own names are never unknown; only the unit keywords there have something to say.
      const freeForm = findPlugin(unit.plugin)?.freeForm === true;
      for (const entry of ownOptions(unit)) {
        if (freeForm && !findUnitKeyword(entry.name)) continue;
        for (const f of finding(unit, entry, settings)) out.push(f);
      }
    }
    return out;
  },
};

function finding(unit: TunedUnit, entry: EffectiveOption, settings: Settings): Finding[] {
  const keyword = findUnitKeyword(entry.name);
  if (keyword) return [...versionFinding(keyword, entry, settings), ...deviceKeywordFinding(unit, entry)];
  const special = findSpecialSection(unit.plugin);
  if (special) {
    if (unit.plugin === 'variables') return [];
    const known = special.options.find((o) => o.name === entry.name);
    if (known) return [];
    return [unknown(entry, special.options.map((o) => o.name), `[main] keeps '${shorten(entry.name)}' but nothing reads it, without a message.`)];
  }
  const plugin = findPlugin(unit.plugin);
  // A plugin the target does not have is tuned-unknown-plugin's finding; its options say nothing more.
  if (!plugin || plugin.freeForm || !targetHas(settings, plugin.since)) return [];
  if (MISPLACED_NAMES.has(entry.name)) return [];
  const known = findPluginOption(plugin, entry.name);
  if (known) return versionFinding(known, entry, settings);
  return [unknown(entry, optionNamesOf(plugin), `The ${plugin.name} plugin has no option '${shorten(entry.name)}': tuned logs "Unknown option" and drops it.`)];
}

const DEVICE_KEYWORDS = new Set(['devices', 'devices_udev_regex', 'script_pre', 'script_post']);

/** devices= and the per-device scripts mean nothing to plugins without devices (sysctl, sysfs, vm, …). */
function deviceKeywordFinding(unit: TunedUnit, entry: EffectiveOption): Finding[] {
  const plugin = findPlugin(unit.plugin);
  if (!DEVICE_KEYWORDS.has(entry.name) || !plugin || plugin.devices) return [];
  return [{
    ruleId: unknownOption.id,
    severity: 'info',
    range: entry.winner.nameRange,
    message: `The ${plugin.name} plugin has no devices, so tuned ignores ${entry.name} here.`,
  }];
}

function unknown(entry: EffectiveOption, candidates: string[], message: string): Finding {
  const suggestions = didYouMean(entry.name, candidates);
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?` : '';
  return {
    ruleId: unknownOption.id,
    range: entry.winner.nameRange,
    message: message + hint,
    // Every line of the name is renamed: renaming only the winner would hand the finding to the line before it.
    fixes: suggestions.map((s) => ({
      title: entry.overridden.length > 0 ? `Change to '${s}' (and the ${entry.overridden.length} earlier line${entry.overridden.length === 1 ? '' : 's'} of this name)` : `Change to '${s}'`,
      edits: [...entry.overridden, entry.winner].map((option) => ({ range: option.nameRange, newText: s })),
      isPreferred: suggestions.length === 1 && s.toLowerCase() === entry.name.toLowerCase(),
    })),
  };
}

function versionFinding(known: TunedOption, entry: EffectiveOption, settings: Settings): Finding[] {
  if (!targetHas(settings, known.since)) {
    return [{
      ruleId: unknownOption.id,
      range: entry.winner.nameRange,
      message: `'${known.name}' needs tuned ${known.since}; tuned ${tunedVersionOf(settings)} logs "Unknown option" and drops it.`,
    }];
  }
  if (known.deprecatedSince && targetHas(settings, known.deprecatedSince)) {
    return [{
      ruleId: unknownOption.id,
      severity: 'info',
      range: entry.winner.nameRange,
      message: `'${known.name}' still works but tuned ${known.deprecatedSince} and later log that it is deprecated. ${known.summary}`,
    }];
  }
  return [];
}
