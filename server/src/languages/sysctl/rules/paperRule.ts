import { replaceFix } from '../../../formats/fixes';
import type { Range } from 'vscode-languageserver-types';
import type { Finding, Fix, SeverityName, Settings } from '../../../service/types';
import { SYSCTL_KEYS } from '../keyTable';
import { parseIntegers, valueTokens, valueWithoutComment, startsWithQuote } from '../values';
import { effectiveSettingsOf, type KnownSetting, type SysctlSettingsRule } from './helpers';

export interface PaperJudgement {
  message: string;
  severity?: SeverityName;
  /** Defaults to the value. */
  range?: Range;
  /** Replaces the paper's value as the fix, e.g. where the paper's value is itself the problem. */
  fix?: { title: string; value: string };
}

export interface PaperRuleSpec {
  id: string;
  summary: string;
  judge(input: PaperInput): PaperJudgement | undefined;
}

export interface PaperInput {
  known: KnownSetting;
  /** The value's integers, when it is a list of integers. */
  numbers: number[] | undefined;
  text: string;
  settings: Settings;
}

/** The table keys whose `paperRule` names this rule: the table, not the rule, says what a rule covers. */
export function keysJudgedBy(ruleId: string): string[] {
  return SYSCTL_KEYS.filter((info) => info.paperRule === ruleId).map((info) => info.key);
}

/**
 * A rule carrying the paper's advice. It looks only at the setting that wins for a key,
 * leaves keys the file does not set alone, and offers the paper's value as a fix that is
 * deliberately not preferred: fix-all must not rewrite tuning choices.
 */
export function paperRule(spec: PaperRuleSpec): SysctlSettingsRule {
  const keys = keysJudgedBy(spec.id);
  return {
    id: spec.id,
    defaultSeverity: 'warning',
    summary: spec.summary,
    fromPaper: true,
    check: (settings, { settings: options }) =>
      effectiveSettingsOf(settings, keys).flatMap((known): Finding[] => {
        if (known.setting.value === '' || startsWithQuote(known.setting.value)) return [];
        const text = valueWithoutComment(known.setting.value);
        const judgement = spec.judge({ known, numbers: parseIntegers(text), text, settings: options });
        if (!judgement) return [];
        return [
          {
            ruleId: spec.id,
            severity: judgement.severity,
            range: judgement.range ?? known.setting.valueRange,
            message: judgement.message,
            fixes: judgement.fix ? [valueFix(known, judgement.fix.title, judgement.fix.value)] : paperFix(known),
          },
        ];
      }),
  };
}

function paperFix({ setting, info }: KnownSetting): Fix[] {
  const value = info.paper?.value;
  if (!value || value === setting.value) return [];
  return [valueFix({ setting, info }, `Use the paper's value ${value}`, value)];
}

function valueFix({ setting }: KnownSetting, title: string, value: string): Fix {
  return replaceFix(title, setting.valueRange, value);
}

/** Range of the n-th number of a vector value, for findings about one of its members. */
export function memberRange(known: KnownSetting, index: number): Range | undefined {
  return valueTokens(known.setting)[index]?.range;
}

/** The paper's value for the key as numbers (a vector's members in order). */
export function paperNumbers(known: KnownSetting): number[] {
  return parseIntegers(known.info.paper?.value ?? '') ?? [];
}

export interface BelowPaperSpec {
  id: string;
  summary: string;
  /** Which number of the value the paper's threshold applies to (a vector's maximum: 2). */
  member?: number;
  message(value: number, paper: number, known: KnownSetting): string;
}

/** The common paper rule: the paper raised a number, so a value below the paper's (from the key table) is reported. */
export function belowPaperRule(spec: BelowPaperSpec): SysctlSettingsRule {
  const member = spec.member ?? 0;
  return paperRule({
    id: spec.id,
    summary: spec.summary,
    judge: ({ numbers, known }) => {
      const paper = paperNumbers(known)[member];
      const value = numbers?.[member];
      if (value === undefined || paper === undefined || value >= paper) return undefined;
      return { range: member > 0 ? memberRange(known, member) : undefined, message: spec.message(value, paper, known) };
    },
  });
}
