import type { Finding, Rule } from '../../../service/types';
import { pythonInt } from '../values';
import { profileFor, type TunedProfile, type TunedUnit } from '../parser';
import { findPlugin } from '../table';
import { displayLine, shorten } from '../../../formats/messages';

const GLOB = /[*?[]/;
const SEPARATOR = /[\s,]/;
const MAX_CACHED_GLOBS = 1_000;
const compiled = new Map<string, RegExp>();

/** fnmatch-style: `*`, `?` and `[…]`; compiled once per glob (a bad `[` throws each time, as before). */
function globToRegExp(glob: string): RegExp {
  let regExp = compiled.get(glob);
  if (!regExp) {
    const body = glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.').replace(/\[!/g, '[^');
    regExp = new RegExp(`^${body}$`);
    if (compiled.size >= MAX_CACHED_GLOBS) compiled.clear();
    compiled.set(glob, regExp);
  }
  return regExp;
}

/** A glob without `*`, `?` or `[` matches exactly itself, so it needs no regular expression. */
function matches(glob: string, name: string): boolean {
  return GLOB.test(glob) ? globToRegExp(glob).test(name) : glob === name;
}

interface DeviceRules {
  positive: string[];
  negative: string[];
  /** Whether some positive is a glob (then it may take any name). */
  anyGlob: boolean;
}

function deviceRules(unit: TunedUnit): DeviceRules {
  const value = unit.options.find((o) => o.name === 'devices')?.winner.value ?? '*';
  // Most sections name one device: no separator, nothing to split.
  const words = SEPARATOR.test(value) ? value.split(/[\s,]+/).filter((w) => w !== '') : value === '' ? [] : [value];
  const negative = words.filter((w) => w.startsWith('!')).map((w) => w.slice(1));
  const given = words.filter((w) => !w.startsWith('!'));
  const positive = given.length > 0 ? given : ['*'];
  return { positive, negative, anyGlob: positive.some((w) => GLOB.test(w)) };
}

/** Whether every device named by `later`'s plain names is already taken by `earlier`. */
function swallows(earlier: DeviceRules, later: DeviceRules): boolean {
  if (later.anyGlob) return false;
  const taken = (name: string) => earlier.positive.some((g) => matches(g, name)) && !earlier.negative.some((g) => matches(g, name));
  return later.positive.every(taken);
}

interface Candidate {
  unit: TunedUnit;
  rules: DeviceRules;
  /** Its place in tuned's order among the sections of its plugin, set when added. */
  position: number;
}

const NO_CANDIDATES: readonly Candidate[] = [];

/**
 * The earlier sections of one plugin, indexed so that a section only meets those that could take
 * its first device: the ones naming it plainly, and the ones with a glob.
 */
class EarlierSections {
  private readonly byPlainName = new Map<string, Candidate[]>();
  private readonly withGlob: Candidate[] = [];
  private added = 0;

  add(candidate: Candidate): void {
    candidate.position = this.added++;
    if (candidate.rules.anyGlob) this.withGlob.push(candidate);
    const { positive } = candidate.rules;
    // A name given twice is listed once; most sections name one device.
    for (const name of positive.length > 1 ? new Set(positive) : positive) {
      if (GLOB.test(name)) continue;
      const list = this.byPlainName.get(name);
      if (list) list.push(candidate); else this.byPlainName.set(name, [candidate]);
    }
  }

  /** The first earlier section (in tuned's order) that takes every device of `later`. */
  firstSwallowing(later: DeviceRules): Candidate | undefined {
    if (later.anyGlob) return undefined;
    const plain = this.byPlainName.get(later.positive[0]) ?? NO_CANDIDATES;
    const glob = this.withGlob;
    for (let p = 0, g = 0; p < plain.length || g < glob.length;) {
      const takePlain = g >= glob.length || (p < plain.length && plain[p].position < glob[g].position);
      const candidate = takePlain ? plain[p++] : glob[g++];
      if (takePlain && candidate.rules.anyGlob) continue; // met through the glob list
      if (swallows(candidate.rules, later)) return candidate;
    }
    return undefined;
  }
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
    // Each priority read once, not once per comparison of the sort.
    const ordered = units.map((u, i) => ({ u, i, priority: priorityOf(u) })).sort((a, b) => a.priority - b.priority || a.i - b.i).map((x) => x.u);
    const findings: Finding[] = [];
    const earlierByPlugin = new Map<string, EarlierSections>();
    for (const later of ordered) {
      let sections = earlierByPlugin.get(later.plugin);
      if (!sections) earlierByPlugin.set(later.plugin, (sections = new EarlierSections()));
      const candidate: Candidate = { unit: later, rules: deviceRules(later), position: -1 };
      const found = sections.firstSwallowing(candidate.rules);
      sections.add(candidate);
      if (!found) continue;
      const earlier = found.unit;
      const devices = later.options.find((o) => o.name === 'devices')!.winner;
      const { rules } = found;
      findings.push({
        ruleId: deviceOverlap.id,
        range: devices.valueRange,
        message: `[${shorten(earlier.name)}] (line ${displayLine(earlier.headers[0].line)}) already takes ${shorten(devices.value)} (its devices=${shorten(rules.positive.join(','))}) and comes first, so [${shorten(later.name)}] gets no device and tuned logs "no matching devices available". Exclude them there (devices=${rules.positive[0] === '*' ? '' : `${rules.positive.join(',')},`}!${devices.value.split(/[\s,]+/)[0]}) or give this section a lower priority.`,
        related: [{ range: earlier.headers[0].nameRange, message: 'takes these devices first' }],
      });
    }
    return findings;
  },
};
