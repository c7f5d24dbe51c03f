import type { Range } from 'vscode-languageserver-types';
import { displayLine, shorten } from '../../formats/messages';
import type { SeverityName } from '../../service/types';
import { judgeWrite } from './kernelJudge';
import { kernelKeyNames, kernelKeyOf, verifiedKernelKey, type KernelKey } from './kernelKeys';
import { isIntegerType, isVectorType, lookupKeyName, resolveKey, type SysctlKeyInfo } from './keyTable';
import type { WriteOutcome } from './kernelWrite';
import { componentsOf, resolvedSettings, type SysctlSetting } from './setting';
import { findInlineComment, hasUnicodeSpace, parseIntegers, startsWithQuote, valueTokens } from './values';

export type TypedValue = number | number[] | string;

export interface ValueProblem {
  setting: SysctlSetting;
  range: Range;
  message: string;
  severity: SeverityName;
}

/**
 * The value as the kernel would see it, typed; undefined when another rule owns the problem
 * (empty, quoted, a comment glued to text, a Unicode space) so the user gets one message per mistake.
 */
export function typedValue(info: SysctlKeyInfo, value: string): TypedValue | undefined {
  if (value === '' || startsWithQuote(value) || hasUnicodeSpace(value)) return undefined;
  const comment = findInlineComment(value);
  if (!isIntegerType(info.type)) return comment ? undefined : value;
  const body = comment ? comment.before : value;
  if (body === '') return undefined;
  const numbers = parseIntegers(body);
  if (!numbers) return body;
  return isVectorType(info.type) ? numbers : numbers[0];
}

const READ_ONLY: KernelKey = Object.freeze({ handler: 'text', count: 1, hz: 0, verified: false });

/** The key's handler and the table entry, for a setting of a key the kernel section or keys.json knows. */
export function kernelKeyOfSetting(setting: SysctlSetting): { kernel: KernelKey; info: SysctlKeyInfo | undefined } | undefined {
  const { tableKey, info } = resolveKey(componentsOf(setting));
  if (info?.readOnly) return { kernel: READ_ONLY, info };
  const kernel = kernelKeyOf(tableKey, info);
  return kernel ? { kernel, info } : undefined;
}

/** For each key whose value bounds another key's write, the keys it bounds. */
const BOUNDED_BY: ReadonlyMap<string, readonly string[]> = (() => {
  const bounded = new Map<string, string[]>();
  for (const name of kernelKeyNames()) {
    const boundBy = verifiedKernelKey(name)?.boundBy;
    for (const key of [boundBy?.min, boundBy?.max]) if (key !== undefined) bounded.set(key, [...(bounded.get(key) ?? []), name]);
  }
  return bounded;
})();

/** Keys whose value bounds another key's write: only their values need following through the file. */
const BOUNDING_KEYS: ReadonlySet<string> = new Set(BOUNDED_BY.keys());

/** The keys whose writes the kernel checks against this key's value (ipfrag_low_thresh bounds ipfrag_high_thresh). */
export function keysBoundBy(tableKey: string): readonly string[] {
  return BOUNDED_BY.get(tableKey) ?? [];
}

/** What each key holds while a file is applied line by line: its default until a line changes it. */
class KernelState {
  private readonly held = new Map<string, { value: bigint; from: string }>();

  /** The first number `key` holds now, and whether a line or the default put it there. */
  firstNumber(key: string): { value: bigint; from: string } | undefined {
    const held = this.held.get(key);
    if (held !== undefined) return held;
    const first = kernelKeyOf(key, lookupKeyName(key))?.default?.split(/\s+/)[0];
    return first !== undefined && /^-?\d+$/.test(first) ? { value: BigInt(first), from: 'its default; this file does not set it before' } : undefined;
  }

  record(setting: SysctlSetting, tableKey: string, outcome: WriteOutcome): void {
    const value = outcome.numbers?.[0];
    if (outcome.accepted && value !== undefined && BOUNDING_KEYS.has(tableKey)) this.held.set(tableKey, { value, from: `set on line ${displayLine(setting.line)}` });
  }
}

/**
 * Every setting written in file order, each judged the way the kernel judges that write: a bound
 * that is another key's value (ip_unprivileged_port_start against ip_local_port_range, ...) is
 * that key's value at that moment, from an earlier accepted line or its default.
 */
export function validateValues(settings: readonly SysctlSetting[]): ValueProblem[] {
  const state = new KernelState();
  const other = (key: string) => state.firstNumber(key);
  const problems: ValueProblem[] = [];
  const resolved = resolvedSettings(settings);
  for (let i = 0; i < resolved.length; i += 1) {
    const { setting, tableKey, info } = resolved[i];
    if (info?.readOnly) {
      problems.push({ setting, range: setting.keyRange, severity: 'error', message: `${setting.key} is read-only; writing it fails with a permission error.` });
      continue;
    }
    const kernel = kernelKeyOf(tableKey, info);
    if (!kernel || setting.value === '' || startsWithQuote(setting.value) || hasUnicodeSpace(setting.value)) continue;
    const outcome = judgeWrite(kernel, setting.value, setting.key, other);
    state.record(setting, tableKey, outcome);
    if (!outcome.accepted || outcome.ignoredFrom !== undefined || outcome.holds !== undefined || info?.type === 'bool') problems.push(...describeOutcome(setting, kernel, info, outcome));
  }
  return problems;
}

function wordRange(setting: SysctlSetting, word: number | undefined): Range {
  const tokens = valueTokens(setting);
  return (word !== undefined ? tokens[word]?.range : undefined) ?? setting.valueRange;
}

/** What an accepted write of a switch to 0 or 1 (most lines of a large file) returns: no new array per line. */
const NO_PROBLEMS: readonly ValueProblem[] = [];

function describeOutcome(setting: SysctlSetting, kernel: KernelKey, info: SysctlKeyInfo | undefined, outcome: WriteOutcome): readonly ValueProblem[] {
  const key = setting.key;
  const dash = setting.ignoreFailure ? ` The leading '-' does not help: procps-ng ${'4.0.2'} still reports the failure and exits 1 (systemd-sysctl ignores it).` : '';
  if (!outcome.accepted) {
    const errno = outcome.errno ?? 'EINVAL';
    return [{ setting, severity: 'error', range: wordRange(setting, outcome.word), message: `${key}: ${outcome.reason ?? 'invalid value'}; the kernel rejects '${shorten(setting.value)}' (${errno}) and keeps its value.${dash}` }];
  }
  const ignoresText = outcome.ignoredFrom !== undefined && setting.value[outcome.ignoredFrom] !== '#';
  const notABit = info?.type === 'bool' && outcome.numbers !== undefined && outcome.numbers[0] !== 0n && outcome.numbers[0] !== 1n;
  if (!ignoresText && outcome.holds === undefined && !notABit) return NO_PROBLEMS;
  const problems: ValueProblem[] = [];
  if (ignoresText && outcome.ignoredFrom !== undefined) {
    const read = setting.value.slice(0, outcome.ignoredFrom).trimEnd();
    const ignored = setting.value.slice(outcome.ignoredFrom);
    const { line } = setting.valueRange.start;
    const start = setting.valueRange.start.character + outcome.ignoredFrom;
    problems.push({
      setting,
      severity: 'warning',
      range: { start: { line, character: start }, end: setting.valueRange.end },
      message: `The kernel reads '${shorten(read)}' for ${key} and ignores '${shorten(ignored)}'${kernel.count > 1 ? ` (it takes ${kernel.count} numbers)` : ''}; remove it so the line says what the kernel does.`,
    });
  }
  if (outcome.holds !== undefined) {
    problems.push({ setting, severity: 'warning', range: setting.valueRange, message: `${key} accepts '${shorten(setting.value)}', but ${outcome.reason ?? `the kernel holds ${outcome.holds}`}.` });
  } else if (notABit && outcome.numbers) {
    problems.push({
      setting,
      severity: 'warning',
      range: wordRange(setting, 0),
      message: `${key} is a switch (0 or 1); the kernel accepts ${outcome.numbers[0]}, keeps it as written and treats it as on (1). Write 1.`,
    });
  }
  return problems;
}
