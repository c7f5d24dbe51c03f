import type { SeverityName, Settings } from '../../service/types';
import type { Span, UperfFlowop, UperfOption, UperfProfile } from './model';
import { builtProtocols, optionBuilt, optionInfo, optionUsedBy, PROTOCOLS, type OptionInfo } from './knowledge';
import { atoi, parseSize, stringToInt } from './numbers';
import { perObjectCache } from '../../service/perObjectCache';

/*
 * flowop_parse_options/parse_option reproduced: what uperf does with each option piece. Several
 * rules report from this one pass, each picking its own rule id.
 */

export type OptionRuleId = 'uperf-unknown-option' | 'uperf-invalid-option-value' | 'uperf-option-no-effect' | 'uperf-dropped-option';

export interface OptionProblem {
  ruleId: OptionRuleId;
  span: Span;
  message: string;
  severity?: SeverityName;
}

const MISTAKEN_KEYS: Record<string, string> = {
  poll_timeout: 'the key is timeout= (the manual\'s poll_timeout does not exist)',
  rate: 'rate is an attribute of <transaction>, not a flowop option',
  iterations: 'iterations is an attribute of <transaction>, not a flowop option',
  nthreads: 'nthreads is an attribute of <group>, not a flowop option',
};

function buildNote(option: OptionInfo): string {
  return `it exists only in uperf built with ${option.build!.toUpperCase()}; add "${option.build}" to kvmtune.uperf.protocols if yours is`;
}

function flagProblem(option: UperfOption, info: OptionInfo | undefined, settings: Settings): OptionProblem | undefined {
  if (info?.type === 'flag') {
    if (!optionBuilt(info, settings)) return { ruleId: 'uperf-unknown-option', span: option.span, message: `uperf rejects "${option.key}" ("option ${option.key} is not of type key=value"): ${buildNote(info)}.` };
    return undefined;
  }
  if (info) return { ruleId: 'uperf-invalid-option-value', span: option.span, message: `uperf rejects "${option.key}" without a value ("option ${option.key} is not of type key=value"): write ${option.key}=….` };
  return { ruleId: 'uperf-unknown-option', span: option.span, message: `uperf rejects "${option.key}" ("option ${option.key} is not of type key=value"): it is not a flag uperf knows (tcp_nodelay, busy, idle, canfail, non_blocking).` };
}

function rangeProblem(value: string, min: number, max: number): string | undefined {
  const parsed = stringToInt(value);
  if (!parsed.ok) return parsed.reason;
  return parsed.value < min || parsed.value > max ? `it must be between ${min} and ${max}` : undefined;
}

/** The reason uperf rejects the value, or undefined when it accepts it. */
function valueProblem(info: OptionInfo, value: string, settings: Settings): { message: string; severity?: SeverityName } | undefined {
  switch (info.type) {
    case 'size': {
      const size = parseSize(value);
      if (!size.ok) return { message: `uperf rejects size=${value} ("Could not parse ${value}"): ${size.reason}` };
      if ('brokenMax' in size && size.brokenMax) return { message: `size=${value} has no maximum: a space inside rand( , ) splits it into two options, the maximum becomes 4294967295 and the run fails. Write rand(MIN,MAX) without spaces` };
      if ('min' in size && size.min > size.max) return { message: `rand(${size.min},${size.max}): the minimum is above the maximum and uperf's size arithmetic wraps`, severity: 'warning' };
      return undefined;
    }
    case 'int':
    case 'nonNegativeInt': {
      const parsed = stringToInt(value);
      return parsed.ok ? undefined : { message: `uperf rejects ${info.name}=${value} ("Cannot parse ${value}"): ${parsed.reason}` };
    }
    case 'port':
    case 'streams': {
      const reason = rangeProblem(value, info.type === 'streams' ? 1 : 0, 65535);
      return reason ? { message: `uperf rejects ${info.name}=${value} ("Cannot understand ${info.name}:${value}"): ${reason}` } : undefined;
    }
    case 'atoi':
      if (/^[0-9]+$/.test(value)) return undefined;
      return { message: `uperf reads ${info.name}= with atoi, so "${value}" means ${atoi(value)} (no suffixes, nothing after the digits)`, severity: 'warning' };
    case 'positiveAtoi':
      return atoi(value) >= 1 ? undefined : { message: `uperf rejects ${info.name}=${value} ("${info.name} (${value}) should be > 0")` };
    case 'conn':
      return atoi(value) > 0 ? undefined : { message: `uperf rejects conn=${value} ("connection id (conn=${value}) should be > 0")` };
    case 'protocol': {
      if (builtProtocols(settings).includes(value)) return undefined;
      const known = PROTOCOLS.find((p) => p.name === value);
      const why = known ? `${value} is only in uperf built with it; add "${value}" to kvmtune.uperf.protocols if yours is` : `uperf knows tcp, udp and, depending on the build, sctp, ssl, vsock, rds`;
      return { message: `uperf rejects protocol=${value} ("Protocol ${value} not supported"): ${why}` };
    }
    default:
      return undefined;
  }
}

function lengthProblem(info: OptionInfo, value: string): string | undefined {
  if (info.maxLength === undefined || value.length <= info.maxLength) return undefined;
  return `${info.name}= holds at most ${info.maxLength} characters in uperf; "${value.slice(0, 24)}…" (${value.length}) is cut off${info.type === 'dir' ? ' and the directory is not found' : ''}`;
}

/** Adds the option's problems to `out` (one list for the whole pass: no array per option). */
export function checkOption(profile: UperfProfile, flowop: UperfFlowop, option: UperfOption, settings: Settings, out: OptionProblem[]): void {
  if (option.dropped) {
    const why = option.text.startsWith('$') ? ' (an option cannot come from an environment variable as a whole; only values after key= can)' : '';
    out.push({ ruleId: 'uperf-dropped-option', span: option.span, message: `uperf silently drops "${option.text}": option pieces must start with a letter${why}.` });
    return;
  }
  const info = optionInfo(option.key);
  if (option.value === undefined) {
    const problem = flagProblem(option, info, settings);
    if (problem) out.push(problem);
    else noEffect(flowop, option, info!, out);
    return;
  }
  if (option.value === '') {
    out.push({ ruleId: 'uperf-invalid-option-value', span: option.span, message: `uperf rejects "${option.text}" ("option ${option.key} is not of type key=value"): the value is missing.` });
    return;
  }
  if (!info || info.type === 'flag') {
    const mistaken = MISTAKEN_KEYS[option.key] ?? (info ? `${option.key} is a flag: write it without "=${option.value}"` : 'uperf has no such option');
    out.push({ ruleId: 'uperf-unknown-option', span: option.keySpan, message: `uperf rejects ${option.text} ("parser - Option unrecognized ${option.text}"): ${mistaken}.` });
    return;
  }
  if (!optionBuilt(info, settings)) {
    out.push({ ruleId: 'uperf-unknown-option', span: option.keySpan, message: `uperf rejects ${option.key}= ("parser - Option unrecognized"): ${buildNote(info)}.` });
    return;
  }
  if (info.since === 'master') {
    out.push({ ruleId: 'uperf-unknown-option', span: option.keySpan, severity: 'warning', message: `${option.key}= exists only in uperf built from master after 1.0.8; released uperf (1.0.8 and older) rejects it as "Option unrecognized".` });
  }
  if (option.envVar === undefined) {
    const problem = valueProblem(info, option.value, settings);
    if (problem) out.push({ ruleId: 'uperf-invalid-option-value', span: option.valueSpan, message: `${problem.message}.`, severity: problem.severity });
    const overflow = info.type === 'size' ? randOverflow(flowop, option.value) : undefined;
    if (overflow) out.push({ ruleId: 'uperf-invalid-option-value', span: option.valueSpan, message: overflow });
    const length = lengthProblem(info, option.value);
    if (length) out.push({ ruleId: 'uperf-invalid-option-value', span: option.valueSpan, message: `${length}.` });
    const written = info.type === 'dir' ? profile.text.slice(option.valueSpan.start, option.valueSpan.end) : '';
    if (written !== written.toLowerCase()) {
      out.push({ ruleId: 'uperf-invalid-option-value', span: option.valueSpan, severity: 'warning', message: `uperf lower-cases every value: it looks for the directory "${option.value}", not "${written}".` });
    }
  }
  noEffect(flowop, option, info, out);
}

/** uperf sizes a strand's I/O buffer by the group's largest fixed size (at least 8 KiB) and ignores rand() maxima. */
function randOverflow(flowop: UperfFlowop, value: string): string | undefined {
  const size = parseSize(value);
  if (!size.ok || !('max' in size) || size.brokenMax) return undefined;
  let buffer = 8192;
  for (const txn of flowop.transaction.group.transactions) {
    for (const other of txn.flowops) {
      for (const o of other.options) {
        if (o.key !== 'size' || o.value === undefined || o.envVar !== undefined) continue;
        const fixed = parseSize(o.value);
        if (fixed.ok && 'fixed' in fixed) buffer = Math.max(buffer, fixed.fixed);
      }
    }
  }
  if (size.max <= buffer) return undefined;
  return `rand() maximum ${size.max} is larger than the group's I/O buffer (${buffer} bytes: the largest fixed size in the group, at least 8192): uperf reads and writes past it (on loopback the slave aborted). Add a flowop with a fixed size=${size.max} to the group or lower the maximum.`;
}

function noEffect(flowop: UperfFlowop, option: UperfOption, info: OptionInfo, out: OptionProblem[]): void {
  if (!flowop.typeName || optionUsedBy(info, flowop.typeName)) return;
  const users = info.usedBy.join(', ');
  out.push({ ruleId: 'uperf-option-no-effect', span: option.span, message: `${option.key} has no effect on a ${flowop.typeName} flowop (uperf accepts it silently); it is used by ${users}.` });
}

const passes = perObjectCache<UperfProfile, { settings: Settings; problems: OptionProblem[] }>('passes');

/** The problems of one rule from the option pass, which runs once per profile and settings for all four rules. */
export function optionProblems(profile: UperfProfile, settings: Settings, ruleId: OptionRuleId): OptionProblem[] {
  let pass = passes.get(profile);
  if (!pass || pass.settings !== settings) {
    const problems: OptionProblem[] = [];
    const { flowops } = profile;
    for (let f = 0; f < flowops.length; f += 1) {
      const flowop = flowops[f];
      for (let o = 0; o < flowop.options.length; o += 1) checkOption(profile, flowop, flowop.options[o], settings, problems);
    }
    pass = { settings, problems };
    passes.set(profile, pass);
  }
  return pass.problems.filter((p) => p.ruleId === ruleId);
}
