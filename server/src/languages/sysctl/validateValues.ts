import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { Range } from 'vscode-languageserver-types';
import { isIntegerType, isVectorType, lookupKey, type SysctlKeyInfo } from './keyTable';
import { componentsOf, type SysctlSetting } from './setting';
import { buildSysctlSchema } from './schema';
import { findInlineComment, hasUnicodeSpace, parseIntegers, startsWithQuote, valueTokens } from './values';
import { shorten } from '../../formats/messages';

export type TypedValue = number | number[] | string;

export interface ValueProblem {
  setting: SysctlSetting;
  info: SysctlKeyInfo;
  range: Range;
  message: string;
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, strict: true }).compile(buildSysctlSchema());
  return compiled;
}

/**
 * The value as the kernel would see it, typed for the schema; undefined when another rule owns the
 * problem (empty, quoted, a comment glued to text, a Unicode space) so the user gets one message per mistake.
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

/**
 * Validates every known setting against the schema. Repeated keys are validated in layers
 * (first occurrences, then second ones, ...) because procps writes every one of them.
 */
export function validateValues(settings: readonly SysctlSetting[]): ValueProblem[] {
  const problems: ValueProblem[] = [];
  for (const layer of occurrenceLayers(settings)) {
    const instance: Record<string, TypedValue> = {};
    const byName = new Map<string, { setting: SysctlSetting; info: SysctlKeyInfo }>();
    for (const setting of layer) {
      const info = lookupKey(componentsOf(setting));
      if (!info) continue;
      const typed = typedValue(info, setting.value);
      if (typed === undefined) continue;
      instance[setting.key] = typed;
      byName.set(setting.key, { setting, info });
    }
    const validate = validator();
    if (validate(instance)) continue;
    for (const error of validate.errors ?? []) {
      const [name, index] = decodePointer(error.instancePath);
      const target = byName.get(name);
      if (!target) continue;
      problems.push({ ...target, range: problemRange(target.setting, target.info, index), message: describe(error, target.info, target.setting, index) });
    }
  }
  return problems;
}

function occurrenceLayers(settings: readonly SysctlSetting[]): SysctlSetting[][] {
  const seen = new Map<string, number>();
  const layers: SysctlSetting[][] = [];
  for (const setting of settings) {
    const count = seen.get(setting.key) ?? 0;
    seen.set(setting.key, count + 1);
    (layers[count] ??= []).push(setting);
  }
  return layers;
}

function decodePointer(pointer: string): [string, number | undefined] {
  const [name = '', index] = pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  return [name, index === undefined ? undefined : Number(index)];
}

function problemRange(setting: SysctlSetting, info: SysctlKeyInfo, index: number | undefined): Range {
  if (info.readOnly) return setting.keyRange;
  const tokens = valueTokens(setting);
  if (index !== undefined && tokens[index]) return tokens[index].range;
  if (!isVectorType(info.type) && tokens.length > 1 && parseIntegers(tokens[0].text)) return tokens[0].range;
  return setting.valueRange;
}

function describe(error: ErrorObject, info: SysctlKeyInfo, setting: SysctlSetting, index: number | undefined): string {
  const key = setting.key;
  const shown = index === undefined ? valueTokens(setting)[0]?.text ?? setting.value : valueTokens(setting)[index]?.text;
  switch (error.keyword) {
    case 'not':
      return `${key} is read-only; writing it fails with a permission error.`;
    case 'type':
      return isIntegerType(info.type)
        ? `${key} takes ${isVectorType(info.type) ? 'integers' : 'an integer'}; the kernel rejects '${shorten(setting.value)}' with EINVAL.`
        : `${key} takes text; '${shorten(setting.value)}' cannot be written.`;
    case 'minimum':
      return `${shorten(String(shown))} is below the kernel's minimum ${String(error.params.limit)} for ${key}; the write fails with EINVAL.`;
    case 'maximum':
      return `${shorten(String(shown))} is above the kernel's maximum ${String(error.params.limit)} for ${key}; the write fails with EINVAL.`;
    case 'maxLength':
      return `${key} accepts at most ${String(error.params.limit)} characters; the kernel rejects '${shorten(setting.value)}'.`;
    case 'pattern':
      return info.type === 'cpumask'
        ? `${key} takes a hexadecimal CPU mask such as 'f' or 'ff,ffffffff'; '${shorten(setting.value)}' is not one.`
        : `${key} takes comma-separated ports or ranges such as '8080,9000-9010'; '${shorten(setting.value)}' is not such a list.`;
    case 'minItems':
      return `${key} needs at least one integer.`;
    default:
      return `${key}: ${error.message ?? 'invalid value'}.`;
  }
}
