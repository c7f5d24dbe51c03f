import { lookupKeyName } from '../sysctl/keyTable';
import { parseIntegers } from '../sysctl/values';
import { effectiveOptions, parseIni, sectionsByName } from '../../formats/ini';
import { TUNED_DIALECT } from './version';
import { includeChain, mergedSettings, type ShippedProfile } from './shippedProfiles';

/** Where a shipped profile's merged [sysctl] value differs from the paper's value for that key. */
export function paperContradictions(name: string): { key: string; value: string; paper: string; from: string }[] {
  const sysctl = mergedSettings(name).get('sysctl');
  if (!sysctl) return [];
  return [...sysctl].flatMap(([key, setting]) => {
    const paper = lookupKeyName(key)?.paper?.value;
    if (!paper) return [];
    const written = setting.value.replace(/^"(.*)"$/, '$1');
    const same = JSON.stringify(parseIntegers(written)) === JSON.stringify(parseIntegers(paper)) || written === paper;
    return same ? [] : [{ key, value: written, paper, from: setting.from }];
  });
}

/** Hover text for a shipped profile: what it is, what it builds on, what it sets after merging, and where that contradicts the paper. */
export function shippedProfileMarkdown(profile: ShippedProfile): string {
  const lines = [`**${profile.name}** — profile shipped with tuned ${profile.since}${profile.lastRelease ? ` to ${profile.lastRelease}` : ''}${profile.package ? ` (package ${profile.package})` : ''}`];
  if (profile.summary) lines.push('', profile.summary);
  const chain = includeChain(profile.name);
  if (chain.length > 1) lines.push('', `Loaded as: ${chain.join(' → ')} (later ones override earlier ones)`);
  const merged = mergedSettings(profile.name);
  const sections = [...merged].filter(([section]) => section !== 'variables');
  if (sections.length > 0) {
    lines.push('', 'What it sets:');
    for (const [section, options] of sections) {
      const shown = [...options].map(([key, s]) => `\`${key}=${s.value}\``).join(', ');
      lines.push(`- [${section}] ${shown}`);
    }
  }
  const contradictions = paperContradictions(profile.name);
  if (contradictions.length > 0) {
    lines.push('', '**Against the IBM paper:**');
    for (const c of contradictions) lines.push(`- \`${c.key}\` = \`${c.value}\` (from ${c.from}); the paper sets \`${c.paper}\`. A [sysctl] entry in this profile overrides it.`);
  }
  return lines.join('\n');
}

/** Hover text for a profile found next to this one: its summary, includes and sections as written. */
export function workspaceProfileMarkdown(name: string, uri: string, readText: (uri: string) => string | undefined): string {
  const lines = [`**${name}** — profile in this workspace (\`../${name}/tuned.conf\`, like /etc/tuned/${name}; it wins over a shipped profile of the same name)`];
  const text = readText(uri);
  if (text === undefined) return lines[0];
  const ini = parseIni(text, TUNED_DIALECT);
  const main = effectiveOptions(ini, 'main');
  const summary = main.find((o) => o.name === 'summary')?.winner.value;
  const include = main.find((o) => o.name === 'include')?.winner.value;
  if (summary) lines.push('', summary);
  if (include) lines.push('', `Includes: ${include}`);
  const sections = [...sectionsByName(ini).keys()].filter((s) => s !== 'main' && s !== 'DEFAULT');
  if (sections.length > 0) {
    lines.push('', 'What it sets:');
    for (const section of sections) lines.push(`- [${section}] ${effectiveOptions(ini, section).map((o) => `\`${o.name}=${o.winner.value.split('\n')[0]}\``).join(', ')}`);
  }
  return lines.join('\n');
}
