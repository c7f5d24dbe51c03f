import type { Finding, Fix, Rule, SeverityName, Settings } from '../../../service/types';
import type { SysctlFile } from '../parser';
import { parseIntegers, valueTokens, valueWithoutComment, startsWithQuote } from '../values';
import { effectiveAssignments, type KnownAssignment } from './helpers';
import type { Range } from 'vscode-languageserver-types';

/** Table key -> id of the paper rule about it, for hovers. */
export const PAPER_RULE_BY_KEY = new Map<string, string>();

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
  /** Table keys the rule looks at. */
  keys: readonly string[];
  judge(input: PaperInput): PaperJudgement | undefined;
}

export interface PaperInput {
  known: KnownAssignment;
  /** The value's integers, when it is a list of integers. */
  numbers: number[] | undefined;
  text: string;
  settings: Settings;
}

/**
 * A rule carrying the paper's advice. It looks only at the assignment that wins for a key,
 * leaves keys the file does not set alone, and offers the paper's value as a fix that is
 * deliberately not preferred: fix-all must not rewrite tuning choices.
 */
export function paperRule(spec: PaperRuleSpec): Rule<SysctlFile> {
  for (const key of spec.keys) PAPER_RULE_BY_KEY.set(key, spec.id);
  return {
    id: spec.id,
    defaultSeverity: 'warning',
    summary: spec.summary,
    fromPaper: true,
    check: ({ parsed, settings }) =>
      effectiveAssignments(parsed).flatMap((known): Finding[] => {
        if (!spec.keys.includes(known.info.key) || known.assignment.value === '' || startsWithQuote(known.assignment.value)) return [];
        const text = valueWithoutComment(known.assignment.value);
        const judgement = spec.judge({ known, numbers: parseIntegers(text), text, settings });
        if (!judgement) return [];
        return [
          {
            ruleId: spec.id,
            severity: judgement.severity,
            range: judgement.range ?? known.assignment.valueRange,
            message: judgement.message,
            fixes: judgement.fix ? [valueFix(known, judgement.fix.title, judgement.fix.value)] : paperFix(known),
          },
        ];
      }),
  };
}

function paperFix({ assignment, info }: KnownAssignment): Fix[] {
  const value = info.paper?.value;
  if (!value || value === assignment.value) return [];
  return [valueFix({ assignment, info }, `Use the paper's value ${value}`, value)];
}

function valueFix({ assignment }: KnownAssignment, title: string, value: string): Fix {
  return { title, edits: [{ range: assignment.valueRange, newText: value }] };
}

/** Range of the n-th number of a vector value, for findings about one of its members. */
export function memberRange(known: KnownAssignment, index: number): Range | undefined {
  return valueTokens(known.assignment)[index]?.range;
}
