import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { parseSysctlText, type SysctlFile } from '../sysctl/parser';
import { sysctlRules } from '../sysctl/rules';
import type { Finding, Rule, Settings } from '../../service/types';
import type { TunedProfile } from './parser';
import { profileFor } from './parser';
import { tunedSysctlSettings, type TunedSysctlSetting } from './sysctlSettings';
import { MISPLACED_SYSCTL_COMPONENTS } from './rules/misplacedSetting';

/**
 * The sysctl.conf rules that judge settings (keys, values, the paper's advice) run on [sysctl]
 * as tuned writes it. The rules about sysctl.conf's own syntax (quotes, inline comments,
 * duplicates, globs) do not apply: tuned's parser has its own rules for those.
 */
const SYNTAX_RULES = new Set([
  'sysctl-missing-equals', 'sysctl-missing-key', 'sysctl-unicode-space', 'sysctl-quoted-value', 'sysctl-inline-comment',
  'sysctl-duplicate-key', 'sysctl-repeated-separator', 'sysctl-semicolon-comment', 'sysctl-glob-pattern',
]);

interface Bridged {
  doc: TextDocument;
  file: SysctlFile;
  inexact: TunedSysctlSetting[];
}

const cache = new WeakMap<TunedProfile, { settings: Settings; bridged: Bridged }>();

/**
 * A sysctl.conf text with every key and value at the column where it stands in tuned.conf, so the
 * sysctl rules' ranges and fixes land on the profile's text unchanged.
 */
function bridge(profile: TunedProfile, settings: Settings): Bridged {
  const hit = cache.get(profile);
  if (hit && hit.settings === settings) return hit.bridged;
  const settingsList = tunedSysctlSettings(profile, settings);
  const lines: string[] = profile.ini.lines.map(() => '');
  for (const s of settingsList) {
    const keyStart = s.keyRange.start.character;
    const equals = s.option.delimiterRange.start.character;
    const valueStart = s.valueRange.start.character;
    const text = s.exact ? s.value : s.value.replace(/[\r\n]/g, ' ');
    lines[s.option.line] = ' '.repeat(keyStart) + s.key + ' '.repeat(Math.max(0, equals - keyStart - s.key.length)) + '=' + ' '.repeat(Math.max(0, valueStart - equals - 1)) + text;
  }
  const text = lines.join('\n');
  const bridged = { doc: TextDocument.create(profile.uri, 'sysctl', 0, text), file: parseSysctlText(text), inexact: settingsList.filter((s) => !s.exact) };
  cache.set(profile, { settings, bridged });
  return bridged;
}

function within(range: Range, outer: Range): boolean {
  return range.start.line === outer.start.line && range.start.character >= outer.start.character;
}

/** Findings on expanded values point at the whole value as written and carry no fixes. */
function mapBack(finding: Finding, bridged: Bridged): Finding {
  const setting = bridged.inexact.find((s) => within(finding.range, s.valueRange) && finding.range.start.line === s.option.line && finding.range.start.character >= s.valueRange.start.character);
  if (!setting) return finding;
  return { ...finding, range: setting.option.valueRange, fixes: [], message: `${finding.message} (value after expanding variables: '${setting.value}')` };
}

function wrap(rule: Rule<SysctlFile>): Rule<TunedProfile> {
  return {
    id: rule.id,
    defaultSeverity: rule.defaultSeverity,
    summary: rule.summary,
    fromPaper: rule.fromPaper,
    check: ({ parsed, settings }) => {
      const bridged = bridge(profileFor(parsed, settings), settings);
      if (bridged.file.assignments.length === 0) return [];
      const findings = rule.check({ doc: bridged.doc, parsed: bridged.file, settings });
      const kept = rule.id === 'sysctl-not-a-sysctl'
        ? findings.filter((f) => !bridged.file.assignments.some((a) => a.line === f.range.start.line && a.key.components.some((c) => MISPLACED_SYSCTL_COMPONENTS.has(c))))
        : findings;
      return kept.map((f) => mapBack(f, bridged));
    },
  } as Rule<TunedProfile>;
}

export const sysctlSettingsRules: readonly Rule<TunedProfile>[] = sysctlRules.filter((r) => !SYNTAX_RULES.has(r.id)).map(wrap);
