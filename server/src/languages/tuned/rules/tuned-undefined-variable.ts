import type { Finding, Rule, Settings } from '../../../service/types';
import { valueSpanRange } from '../../../formats/ini';
import { expandKnown, scanReferences } from '../expansion';
import { includeEntries, resolveIncludeOnce } from '../includes';
import { mainIncludes } from './tuned-missing-include';
import { mergedSettings } from '../shippedProfiles';
import { profileFor, type TunedProfile } from '../parser';
import { shorten } from '../../../formats/messages';
import { perObjectCache } from '../../../service/perObjectCache';

const valuesOfProfile = perObjectCache<TunedProfile, ReadonlyMap<string, string>>('valuesOfProfile');

/** Variable values with earlier variables expanded, in file order as tuned defines them; once per profile, read-only. */
export function variableValues(profile: TunedProfile): ReadonlyMap<string, string> {
  let values = valuesOfProfile.get(profile);
  if (!values) {
    values = expandedVariables(profile);
    valuesOfProfile.set(profile, values);
  }
  return values;
}

function expandedVariables(profile: TunedProfile): Map<string, string> {
  const values = new Map<string, string>();
  for (const [name, option] of profile.variables) {
    if (!/^\w+$/.test(name)) continue;
    const expanded = expandKnown(option.value, values);
    if (expanded !== undefined) values.set(name, expanded);
  }
  return values;
}

/** Variables may come from an included profile or a file kvmtune cannot see; then nothing is reported. */
function variablesAreKnowable(profile: TunedProfile, settings: Settings): boolean {
  if (profile.variablesFromFile) return false;
  return mainIncludes(profile).every((option) =>
    includeEntries(option).every((entry) => {
      if (entry.dynamic) return false;
      const resolved = resolveIncludeOnce(profile, entry.name, settings);
      if (resolved.kind === 'workspace') return false;
      return resolved.kind !== 'shipped' || !mergedSettings(resolved.profile.name).has('variables');
    }),
  );
}

export const undefinedVariable: Rule<TunedProfile> = {
  id: 'tuned-undefined-variable',
  defaultSeverity: 'warning',
  summary: '${name} with no such variable in [variables] (nor in the included profiles): tuned leaves the text as it is, without a message, and the plugin gets a literal ${name}.',
  check: ({ parsed, settings }) => {
    const profile = profileFor(parsed, settings);
    if (!variablesAreKnowable(profile, settings)) return [];
    const findings: Finding[] = [];
    for (const option of profile.ini.options) {
      // A reference needs a '}'; most values have none.
      if (!option.value.includes('}')) continue;
      for (const ref of scanReferences(option.value).references) {
        if (ref.kind !== 'variable' || profile.variables.has(ref.name)) continue;
        findings.push({
          ruleId: undefinedVariable.id,
          range: valueSpanRange(option, ref.start, ref.end),
          message: `No variable '${shorten(ref.name)}' is defined in [variables]: tuned leaves '\${${shorten(ref.name)}}' in the value unchanged and does not say so.`,
        });
      }
    }
    return findings;
  },
};
