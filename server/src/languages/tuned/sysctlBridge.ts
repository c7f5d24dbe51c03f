import type { Range } from 'vscode-languageserver-types';
import type { IniOption } from '../../formats/ini';
import type { Finding, Fix, Rule, Settings } from '../../service/types';
import { sysctlSettingsRules as sysctlRulesForSettings, type SysctlSetting, type SysctlSettingsRule } from '../sysctl/rules';
import { optionsOfPlugin, profileFor, type TunedProfile } from './parser';
import type { SysctlKey } from '../sysctl/parser';
import { sysctlKeyOf } from './sysctlKey';
import { continuedSysctlSettings, tunedSysctlSettings, type TunedSysctlSetting } from './sysctlSettings';
import { MISPLACED_SYSCTL_COMPONENTS } from './rules/tuned-misplaced-setting';
import { perObjectCache } from '../../service/perObjectCache';
import { sameRange } from './edits';

/** What the sysctl rules need of a [sysctl] name, worked out once per name. */
interface BridgedKey {
  name: string;
  /** Undefined for a plain dotted key, whose components are its dot-separated parts (the sysctl rules' default). */
  components: readonly string[] | undefined;
  separator: '.' | '/';
  /** The key names a tunable tuned-misplaced-setting moves; sysctl-not-a-sysctl stays quiet there. */
  misplaced: boolean;
}

const MAX_KEYS = 8_192;
const bridgedKeys = new Map<string, BridgedKey | null>();

/** The answer depends on the name alone, and every validation asks for the same names again: kept, bounded. */
function bridgedKeyOf(name: string): BridgedKey | undefined {
  const known = bridgedKeys.get(name);
  if (known !== undefined) return known ?? undefined;
  const key = sysctlKeyOf(name);
  const bridged = key ? bridgedKey(key) : null;
  if (bridgedKeys.size >= MAX_KEYS) bridgedKeys.clear();
  bridgedKeys.set(name, bridged);
  return bridged ?? undefined;
}

function bridgedKey(key: SysctlKey): BridgedKey {
  const { components } = key;
  // A name as written is a plain dotted key.
  return { name: key.name, components: key.name === key.raw ? undefined : components, separator: key.separator, misplaced: isMisplaced(components) };
}

/**
 * The sysctl view of one [sysctl] key: the key normalised as sysctl does, the value as tuned
 * writes it; the ranges are the tuned setting's, built when read.
 */
class BridgedSetting implements SysctlSetting {
  constructor(
    private readonly source: TunedSysctlSetting,
    private readonly bridgedKey: BridgedKey,
  ) {}

  get key(): string {
    return this.bridgedKey.name;
  }

  get components(): readonly string[] | undefined {
    return this.bridgedKey.components;
  }

  get separator(): '.' | '/' {
    return this.bridgedKey.separator;
  }

  get value(): string {
    return this.source.value;
  }

  get line(): number {
    return this.source.option.line;
  }

  get keyRange(): Range {
    return this.source.keyRange;
  }

  get valueRange(): Range {
    return this.source.valueRange;
  }
}

interface Bridged {
  settings: SysctlSetting[];
  /** The settings and, in line order, the options indented lines continue (read up to the line break). */
  withContinued: SysctlSetting[];
  inexact: TunedSysctlSetting[];
  /** Lines whose key is a tunable tuned-misplaced-setting moves; sysctl-not-a-sysctl stays quiet there. */
  misplaced: Set<number>;
  /** The winning line of each key assigned more than once in [sysctl], with the assignments it overrides. */
  repeated: Map<number, readonly IniOption[]>;
}

/** A component names a tunable tuned-misplaced-setting moves. */
function isMisplaced(components: readonly string[]): boolean {
  return components.some((c) => MISPLACED_SYSCTL_COMPONENTS.has(c));
}

/** The rules that judge a continued option too: its key, and the value the kernel's reader stops at. */
const CONTINUED_RULES = new Set(['sysctl-unknown-key', 'sysctl-invalid-value']);

const cache = perObjectCache<TunedProfile, { settings: Settings; bridged: Bridged }>('cache');

function bridge(profile: TunedProfile, settings: Settings): Bridged {
  const hit = cache.get(profile);
  if (hit && hit.settings === settings) return hit.bridged;
  const single: SysctlSetting[] = [];
  const continued: SysctlSetting[] = [];
  const bridged: Bridged = { settings: single, withContinued: single, inexact: [], misplaced: new Set(), repeated: new Map() };
  const entries = optionsOfPlugin(profile, 'sysctl');
  for (let i = 0; i < entries.length; i += 1) {
    const option = entries[i];
    if (option.overridden.length > 0) bridged.repeated.set(option.winner.line, option.overridden);
  }
  const add = (t: TunedSysctlSetting, into: SysctlSetting[]) => {
    if (!t.exact) bridged.inexact.push(t);
    const key = bridgedKeyOf(t.key);
    if (!key) return;
    const s = new BridgedSetting(t, key);
    into.push(s);
    if (key.misplaced) bridged.misplaced.add(s.line);
  };
  for (const t of tunedSysctlSettings(profile, settings)) add(t, single);
  for (const t of continuedSysctlSettings(profile, settings)) add(t, continued);
  // Without continued options it is the same array, so the sysctl rules' per-array caches are shared.
  if (continued.length > 0) bridged.withContinued = [...single, ...continued].sort((a, b) => a.line - b.line);
  cache.set(profile, { settings, bridged });
  return bridged;
}

/** Findings on values tuned expands point at the whole value as written and carry no fixes. */
function mapBack(finding: Finding, bridged: Bridged): Finding {
  const setting = bridged.inexact.find((s) => s.option.line === finding.range.start.line && finding.range.start.character >= s.option.valueRange.start.character);
  if (!setting) return finding;
  return { ...finding, range: setting.option.valueRange, fixes: [], message: `${finding.message} (value after expanding variables: '${setting.value}')` };
}

/**
 * Only the winning assignment of a key is judged, so a fix that renames it alone makes the one it
 * overrode the next winner with the same wrong key (one more fix-all pass per copy): a rename of
 * the key renames every assignment of it.
 */
function renamingEvery(finding: Finding, bridged: Bridged): Finding {
  const overridden = bridged.repeated.get(finding.range.start.line);
  if (!overridden || !finding.fixes) return finding;
  const winnerKey = overridden.length > 0 ? findingKeyRange(finding, bridged) : undefined;
  if (!winnerKey) return finding;
  const renames = (fix: Fix): Fix => {
    const rename = fix.edits.find((e) => sameRange(e.range, winnerKey));
    return rename ? { ...fix, edits: [...overridden.map((o) => ({ range: o.nameRange, newText: rename.newText })), ...fix.edits] } : fix;
  };
  return { ...finding, fixes: finding.fixes.map(renames) };
}

function findingKeyRange(finding: Finding, bridged: Bridged): Range | undefined {
  return bridged.withContinued.find((s) => s.line === finding.range.start.line)?.keyRange;
}

/** A sysctl settings rule run on [sysctl]; its findings keep the `sysctl-…` id. */
function asTunedRule(rule: SysctlSettingsRule): Rule<TunedProfile> {
  const { check, keysOnly: _keysOnly, ...described } = rule;
  return {
    ...described,
    check: ({ doc, parsed, settings }) => {
      const bridged = bridge(profileFor(parsed, settings), settings);
      const judged = CONTINUED_RULES.has(rule.id) ? bridged.withContinued : bridged.settings;
      if (judged.length === 0) return [];
      const findings = check(judged, { doc, settings });
      const kept = rule.id === 'sysctl-not-a-sysctl' ? findings.filter((f) => !bridged.misplaced.has(f.range.start.line)) : findings;
      const mapped = bridged.inexact.length === 0 ? kept : kept.map((f) => mapBack(f, bridged));
      return bridged.repeated.size === 0 ? mapped : mapped.map((f) => renamingEvery(f, bridged));
    },
  };
}

export const sysctlSettingsRules: readonly Rule<TunedProfile>[] = sysctlRulesForSettings.map(asTunedRule);
