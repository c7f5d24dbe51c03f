import type { Finding, Rule, Settings } from '../../../service/types';
import { valueSpanRange, type EffectiveOption } from '../../../formats/ini';
import { expandKnown } from '../expansion';
import { ownOptions, profileFor, type TunedProfile, type TunedUnit } from '../parser';
import { findPlugin, findPluginOption, findUnitKeyword, type TunedOption } from '../table';
import { checkValue, serviceProblems, variablesFileProblems, type ValueProblem } from '../values';
import { variableValues } from './tuned-undefined-variable';

export const invalidValue: Rule<TunedProfile> = {
  id: 'tuned-invalid-value',
  defaultSeverity: 'error',
  summary: 'A value the plugin refuses (not an integer, not one of its words, an odd number of ethtool words, …): error where every system refuses it, warning where it depends on the target.',
  check: ({ parsed, settings }) => {
    const profile = profileFor(parsed, settings);
    const variables = variableValues(profile);
    const out: Finding[] = [];
    for (const unit of profile.units) {
      // Free-form plugins ([sysctl], [sysfs], …) only have the unit keywords to check.
      const plugin = findPlugin(unit.plugin);
      const keywordsOnly = plugin?.freeForm === true && unit.plugin !== 'service';
      for (const entry of ownOptions(unit)) {
        if (keywordsOnly && !findUnitKeyword(entry.name)) continue;
        addFindings(unit, entry, variables, settings, out);
      }
    }
    return out;
  },
};

function optionInfo(unit: TunedUnit, name: string): TunedOption | undefined {
  const keyword = findUnitKeyword(name);
  if (keyword) return keyword.type === 'unit-bool' ? undefined : keyword;
  const plugin = findPlugin(unit.plugin);
  return plugin && !plugin.freeForm ? findPluginOption(plugin, name) : undefined;
}

function problemsOf(unit: TunedUnit, entry: EffectiveOption, value: string, settings: Settings): ValueProblem[] | undefined {
  if (unit.plugin === 'service' && entry.name.startsWith('service.')) return serviceProblems(value);
  if (unit.plugin === 'variables' && entry.name === 'include') return variablesFileProblems(value);
  const info = optionInfo(unit, entry.name);
  if (!info || (value === '' && info.type !== 'int')) return undefined;
  return checkValue(info, value, settings, unit.plugin);
}

function addFindings(unit: TunedUnit, entry: EffectiveOption, variables: ReadonlyMap<string, string>, settings: Settings, out: Finding[]): void {
  const option = entry.winner;
  const expanded = expandKnown(option.value, variables);
  if (expanded === undefined) return;
  const literal = expanded === option.value;
  const problems = problemsOf(unit, entry, expanded, settings);
  if (!problems) return;
  for (const problem of problems) out.push({
    ruleId: invalidValue.id,
    severity: problem.severity,
    range: literal && problem.start !== undefined ? valueSpanRange(option, problem.start, problem.end ?? problem.start) : option.valueRange,
    message: literal ? problem.message : `${problem.message} (after expanding the variables: '${expanded}')`,
  });
}
