import type { Finding, Fix, Rule, Settings } from '../../../service/types';
import type { EffectiveOption, IniOption } from '../../../formats/ini';
import { findUnitKeyword } from '../table';
import { optionsOfPlugin, profileFor, type TunedProfile } from '../parser';
import { shorten } from '../../../formats/messages';
import { targetHas, tunedVersionOf } from '../version';

export const sysctlKey: Rule<TunedProfile> = {
  id: 'tuned-sysctl-key',
  defaultSeverity: 'error',
  summary: "A [sysctl] key tuned cannot map to /proc/sys: a systemd-style '-' prefix, a glob, a '/'-separated key (mis-mapped since tuned 2.22), or a VLAN interface key before 2.22.",
  check: ({ parsed, settings }) => {
    const out: Finding[] = [];
    const entries = optionsOfPlugin(profileFor(parsed, settings), 'sysctl');
    for (let i = 0; i < entries.length; i += 1) {
      const option = entries[i];
      if (!mayBeUnmappable(option.name)) continue;
      for (const f of finding(option.winner, settings)) out.push(renamingEvery(f, option));
    }
    return out;
  },
};

/** Every finding below needs a '-' prefix, a glob character or a '/': most keys have none. */
function mayBeUnmappable(key: string): boolean {
  return key.startsWith('-') || key.includes('/') || /[*?[]/.test(key);
}

/**
 * Only the winning assignment is reported, so renaming it alone makes the one it overrode the next
 * winner with the same wrong key: the fix renames every assignment of the key at once.
 */
function renamingEvery(found: Finding, option: EffectiveOption): Finding {
  if (!found.fixes) return found;
  const rename = (fix: Fix): Fix => ({ ...fix, edits: [...option.overridden.map((o) => ({ range: o.nameRange, newText: fix.edits[0].newText })), ...fix.edits] });
  return { ...found, fixes: found.fixes.map(rename) };
}

function finding(option: IniOption, settings: Settings): Finding[] {
  const key = option.name;
  if (findUnitKeyword(key)) return [];
  if (key.startsWith('-')) {
    const bare = key.replace(/^-+\s*/, '');
    return [{
      ruleId: sysctlKey.id,
      range: option.nameRange,
      message: `tuned has no '-' prefix (that is systemd-sysctl's "ignore failure"): it looks for /proc/sys/${shorten(key)} and fails.`,
      fixes: [{ title: `Change to '${shorten(bare)}'`, edits: [{ range: option.nameRange, newText: bare }], isPreferred: true }],
    }];
  }
  if (/[*?[]/.test(key)) {
    return [{ ruleId: sysctlKey.id, range: option.nameRange, message: `tuned does not expand globs in [sysctl]: '${shorten(key)}' names no file under /proc/sys. Write each key, or use [sysfs]-style globs only in [sysfs].` }];
  }
  const first = /[./]/.exec(key.replace(/^\/+/, ''))?.[0];
  if (first === '/' && targetHas(settings, '2.22')) {
    const dotted = key.replace(/^\/+/, '').replace(/^proc\/sys\//, '').replace(/\./g, '\u0000').replace(/\//g, '.').replace(/\u0000/g, '/');
    return [{
      ruleId: sysctlKey.id,
      range: option.nameRange,
      message: `Since tuned 2.22 '.' and '/' in [sysctl] keys are swapped, so '${shorten(key)}' maps to a path that does not exist and tuned logs "will not be set". Write the dotted form.`,
      fixes: [{ title: `Change to '${shorten(dotted)}'`, edits: [{ range: option.nameRange, newText: dotted }], isPreferred: true }],
    }];
  }
  if (first === '.' && key.includes('/') && !targetHas(settings, '2.22')) {
    return [{
      ruleId: sysctlKey.id,
      range: option.nameRange,
      message: `Before tuned 2.22 every '.' became '/' and a '/' stayed one, so '${shorten(key)}' maps to /proc/sys/${shorten(key.replace(/\./g, '/'))}, which does not exist: tuned ${tunedVersionOf(settings)} cannot set keys of interfaces with a dot in their name (VLANs such as enc1000.10).`,
    }];
  }
  return [];
}
