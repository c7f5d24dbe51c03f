import type { Finding, Fix, Rule, SeverityName } from '../../../service/types';
import { optionProblems, type OptionRuleId } from '../optionChecks';
import type { Span, UperfFlowop, UperfOption, UperfProfile } from '../model';

/** A uperf rule; the registry, not the rule, says which language it serves. */
export type UperfRule = Rule<UperfProfile>;

export interface FindingExtra {
  severity?: SeverityName;
  fixes?: Fix[];
}

export function finding(profile: UperfProfile, ruleId: string, span: Span, message: string, extra: FindingExtra = {}): Finding {
  return { ruleId, message, range: profile.rangeOf(span), ...extra };
}

/** The last option with this key on the flowop (uperf lets later options override earlier ones). */
export function optionOf(flowop: UperfFlowop, key: string): UperfOption | undefined {
  let found: UperfOption | undefined;
  for (const option of flowop.options) if (!option.dropped && option.key === key) found = option;
  return found;
}

export function hasFlag(flowop: UperfFlowop, flag: string): boolean {
  return flowop.options.some((o) => !o.dropped && o.value === undefined && o.key === flag);
}

/** Where to point at a flowop as a whole: its `type=` value, else its start tag token. */
export function flowopSpan(flowop: UperfFlowop): Span {
  return flowop.type ? flowop.type.valueSpan : { start: flowop.token.start, end: flowop.token.end };
}

/** Kept option pieces, as uperf parses them. */
export function keptOptions(flowop: UperfFlowop): UperfOption[] {
  return flowop.options.filter((o) => !o.dropped);
}

/** A rule that reports one kind of option problem from the shared option pass. */
export function optionRule(id: OptionRuleId, defaultSeverity: SeverityName, summary: string): UperfRule {
  return {
    id,
    defaultSeverity,
    summary,
    check: ({ parsed, settings }) => optionProblems(parsed, settings, id)
      .map((p) => finding(parsed, id, p.span, p.message, p.severity ? { severity: p.severity } : {})),
  };
}
