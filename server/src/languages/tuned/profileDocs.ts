import { lookupKeyName } from '../sysctl/keyTable';
import { parseIntegers } from '../sysctl/values';
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
