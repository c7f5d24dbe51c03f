import type { Finding, Rule, Settings } from '../../../service/types';
import type { IniOption } from '../../../formats/ini';
import { didYouMean } from '../didYouMean';
import { includeEntries, resolveIncludeOnce, type IncludeEntry } from '../includes';
import { profileFor, type TunedProfile } from '../parser';
import { SHIPPED_PROFILES } from '../shippedProfiles';
import { shorten } from '../../../formats/messages';
import { targetOlderThan } from '../version';

/** The include= of [main] (the winning one), which is the only include tuned follows. */
export function mainIncludes(profile: TunedProfile): IniOption[] {
  const main = profile.units.find((u) => u.name === 'main');
  const include = main?.options.find((o) => o.name === 'include');
  return include ? [include.winner] : [];
}

export const missingInclude: Rule<TunedProfile> = {
  id: 'tuned-missing-include',
  defaultSeverity: 'error',
  summary: "An include= name that is neither a profile shipped with the targeted tuned release nor a sibling folder with a tuned.conf: tuned does not load the profile (a '-name' is skipped instead).",
  check: ({ parsed, settings }) => {
    const profile = profileFor(parsed, settings);
    return mainIncludes(profile).flatMap((option) => includeEntries(option).flatMap((entry) => finding(profile, entry, settings)));
  },
};

function finding(profile: TunedProfile, entry: IncludeEntry, settings: Settings): Finding[] {
  if (entry.hasBlank || entry.dynamic || entry.name === '') return [];
  if (entry.optional && targetOlderThan(settings, '2.17')) {
    return [{ ruleId: missingInclude.id, range: entry.range, message: `Optional includes ('-name') came with tuned 2.17: tuned ${settings.tunedVersion} looks for a profile named '${shorten(entry.raw)}' and does not load this one.` }];
  }
  const resolution = resolveIncludeOnce(profile, entry.name, settings);
  if (resolution.kind === 'workspace') return [];
  if (resolution.kind === 'shipped') {
    if (!resolution.profile.package) return [];
    return [{ ruleId: missingInclude.id, severity: 'info', range: entry.range, message: `'${entry.name}' comes in the ${resolution.profile.package} package, not in tuned itself: install it or the profile will not load.` }];
  }
  const optional = entry.optional;
  const consequence = optional ? 'tuned skips this optional include' : 'the profile will not load ("Cannot find profile")';
  if (resolution.kind === 'not-in-release') {
    const shipped = resolution.profile;
    const span = shipped.lastRelease ? `from ${shipped.since} to ${shipped.lastRelease}` : `from ${shipped.since}`;
    return [{ ruleId: missingInclude.id, severity: optional ? 'info' : undefined, range: entry.range, message: `tuned ships '${entry.name}' ${span}, not in ${resolution.release}: ${consequence}.` }];
  }
  const suggestions = didYouMean(entry.name, SHIPPED_PROFILES.map((p) => p.name));
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?` : '';
  return [{
    ruleId: missingInclude.id,
    severity: optional ? 'info' : undefined,
    range: entry.range,
    message: `No profile '${shorten(entry.name)}': tuned does not ship one and there is no ../${shorten(entry.name)}/tuned.conf next to this profile, so ${consequence} unless it exists on the target (/etc/tuned/<name>, from tuned 2.23 /etc/tuned/profiles/<name>).${hint}`,
    fixes: suggestions.map((s) => ({ title: `Change to '${s}'`, edits: [{ range: entry.range, newText: (entry.optional ? '-' : '') + s }], isPreferred: false })),
  }];
}
