import type { Finding, Rule } from '../../../service/types';
import type { EffectiveOption, IniLine, IniOption } from '../../../formats/ini';
import { optionsOfPlugin, profileFor, type TunedProfile } from '../parser';
import { shorten } from '../../../formats/messages';

export const modprobeLine: Rule<TunedProfile> = {
  id: 'tuned-modprobe-line',
  defaultSeverity: 'error',
  summary: "A modprobe.d line pasted into [modules] ('options kvm halt_poll_ns=…', 'kvm halt_poll_ns=…'): tuned takes the words before '=' as the module name, modinfo fails and nothing is set. The fix writes tuned's module=params form.",
  check: ({ parsed, settings }) => {
    const profile = profileFor(parsed, settings);
    const fromOptions = optionsOfPlugin(profile, 'modules').flatMap((option) => optionFinding(option));
    const modulesSections = new Set(profile.units.filter((u) => u.plugin === 'modules').flatMap((u) => u.headers.map((h) => h.index)));
    const fromLines = profile.ini.lines.filter((l) => l.kind === 'invalid' && modulesSections.has(l.sectionIndex!)).flatMap(lineFinding);
    return [...fromOptions, ...fromLines];
  },
};

/** `options kvm a` + `1 b=2` → `kvm=a=1 b=2`. */
export function tunedForm(words: string[], value: string | undefined): string | undefined {
  const rest = words[0] === 'options' ? words.slice(1) : words;
  if (rest.length < 1 || ['install', 'remove', 'alias', 'blacklist', 'softdep'].includes(rest[0])) return undefined;
  const [module, ...params] = rest;
  if (params.length === 0) return value === undefined ? undefined : `${module}=${value}`;
  const joined = params.join(' ');
  return `${module}=${value === undefined ? joined : `${joined}=${value}`}`;
}

const spanOf = (option: IniOption): Finding['range'] => ({ start: option.nameRange.start, end: option.valueRange.end });

function optionFinding({ winner, overridden }: EffectiveOption): Finding[] {
  const words = winner.name.split(/\s+/);
  if (words.length < 2) return [];
  const fixed = tunedForm(words, winner.value);
  // Every line of this name has the same mistake: fixing only the winner would hand the finding to
  // the line before it, one line per pass.
  const edits = [...overridden, winner].flatMap((option) => {
    const form = tunedForm(option.name.split(/\s+/), option.value);
    return form ? [{ range: spanOf(option), newText: form }] : [];
  });
  const title = fixed && overridden.length > 0 ? `Change to '${shorten(fixed)}' (and the ${overridden.length} earlier line${overridden.length === 1 ? '' : 's'} of this name)` : undefined;
  return [finding(spanOf(winner), winner.name, fixed, edits, title)];
}

function lineFinding(line: IniLine): Finding[] {
  const content = line.text.slice(line.contentRange.start.character, line.contentRange.end.character);
  const words = content.split(/\s+/);
  if (words[0] !== 'options' || words.length < 3) return [];
  return [finding(line.contentRange, content, `${words[1]}=${words.slice(2).join(' ')}`)];
}

function finding(range: Finding['range'], written: string, fixed: string | undefined, edits = [{ range, newText: fixed ?? '' }], title?: string): Finding {
  const module = written.split(/\s+/).filter((w) => w !== 'options')[0];
  return {
    ruleId: modprobeLine.id,
    range,
    message: `This is modprobe.d syntax: tuned reads '${shorten(written.split('=')[0].trim())}' as the module name, modinfo finds no such module ("kernel module … not found, skipping it") and nothing is set.${fixed ? ` In [modules] write ${shorten(fixed)}.` : ` In [modules] write ${module}=<parameters>.`}`,
    fixes: fixed ? [{ title: title ?? `Change to '${shorten(fixed)}'`, edits, isPreferred: true }] : [],
  };
}
