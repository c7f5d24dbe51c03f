import type { Finding, Rule } from '../../../service/types';
import { pythonInt } from '../values';
import { profileFor, type TunedProfile, type TunedUnit } from '../parser';
import { findPlugin } from '../table';
import { displayLine, shorten } from '../../../formats/messages';

/** fnmatch-style: `*`, `?` and `[…]`. */
function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.').replace(/\[!/g, '[^');
  return new RegExp(`^${body}$`);
}

interface DeviceRules {
  positive: string[];
  negative: string[];
}

function deviceRules(unit: TunedUnit): DeviceRules {
  const value = unit.options.find((o) => o.name === 'devices')?.winner.value ?? '*';
  const words = value.split(/[\s,]+/).filter((w) => w !== '');
  const negative = words.filter((w) => w.startsWith('!')).map((w) => w.slice(1));
  const positive = words.filter((w) => !w.startsWith('!'));
  return { positive: positive.length > 0 ? positive : ['*'], negative };
}

/** Whether every device named by `later`'s plain names is already taken by `earlier`. */
function swallows(earlier: DeviceRules, later: DeviceRules): string[] | undefined {
  const names = later.positive.filter((n) => !/[*?[]/.test(n));
  if (names.length === 0 || names.length !== later.positive.length) return undefined;
  const taken = (name: string) => earlier.positive.some((g) => globToRegExp(g).test(name)) && !earlier.negative.some((g) => globToRegExp(g).test(name));
  return names.every(taken) ? names : undefined;
}

function isEnabled(unit: TunedUnit): boolean {
  const value = unit.options.find((o) => o.name === 'enabled')?.winner.value;
  return value === undefined || ['True', 'true', '1'].includes(value);
}

function priorityOf(unit: TunedUnit): number {
  const value = unit.options.find((o) => o.name === 'priority')?.winner.value;
  return (value !== undefined ? pythonInt(value) : undefined) ?? 0;
}

export const deviceOverlap: Rule<TunedProfile> = {
  id: 'tuned-device-overlap',
  defaultSeverity: 'warning',
  summary: 'A device section whose devices an earlier section of the same plugin already takes (devices=* by default): tuned gives each device to the first matching section, so this one tunes nothing.',
  check: ({ parsed, settings }) => {
    const units = profileFor(parsed, settings).units.filter((u) => findPlugin(u.plugin)?.devices && isEnabled(u));
    const ordered = units.map((u, i) => ({ u, i })).sort((a, b) => priorityOf(a.u) - priorityOf(b.u) || a.i - b.i).map((x) => x.u);
    const findings: Finding[] = [];
    ordered.forEach((later, index) => {
      const earlier = ordered.slice(0, index).find((e) => e.plugin === later.plugin && swallows(deviceRules(e), deviceRules(later)));
      if (!earlier) return;
      const devices = later.options.find((o) => o.name === 'devices')!.winner;
      const rules = deviceRules(earlier);
      findings.push({
        ruleId: deviceOverlap.id,
        range: devices.valueRange,
        message: `[${shorten(earlier.name)}] (line ${displayLine(earlier.headers[0].line)}) already takes ${shorten(devices.value)} (its devices=${shorten(rules.positive.join(','))}) and comes first, so [${shorten(later.name)}] gets no device and tuned logs "no matching devices available". Exclude them there (devices=${rules.positive[0] === '*' ? '' : `${rules.positive.join(',')},`}!${devices.value.split(/[\s,]+/)[0]}) or give this section a lower priority.`,
        related: [{ range: earlier.headers[0].nameRange, message: 'takes these devices first' }],
      });
    });
    return findings;
  },
};
