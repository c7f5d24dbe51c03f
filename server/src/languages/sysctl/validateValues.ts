import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { Range } from 'vscode-languageserver-types';
import { isIntegerType, isVectorType, lookupKey, type SysctlKeyInfo } from './keyTable';
import { componentsOf, type SysctlSetting } from './setting';
import { valueSchema } from './schema';
import { findInlineComment, hasUnicodeSpace, parseIntegers, startsWithQuote, valueTokens } from './values';
import { shorten } from '../../formats/messages';

export type TypedValue = number | number[] | string;

export interface ValueProblem {
  setting: SysctlSetting;
  info: SysctlKeyInfo;
  range: Range;
  message: string;
}

let ajv: Ajv | undefined;
const compiled = new Map<SysctlKeyInfo, ValidateFunction>();

/**
 * The validator of one key's value: the file schema's property for it (buildSysctlSchema), compiled
 * on first use. Validating the whole file as one object made ajv test every per-interface pattern
 * against every key, tens of microseconds per line.
 */
function validatorFor(info: SysctlKeyInfo): ValidateFunction {
  let validate = compiled.get(info);
  if (!validate) {
    ajv ??= new Ajv({ allErrors: true, strict: true });
    validate = ajv.compile(valueSchema(info));
    compiled.set(info, validate);
  }
  return validate;
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

interface Verdict {
  error: ErrorObject;
  index: number | undefined;
}

/**
 * Validates every known setting against the schema, each value on its own (the schema judges every
 * key alone). procps writes repeated keys too, so every occurrence is judged; a key repeated with a
 * value already judged reuses that verdict, so one line repeated 100,000 times costs one validation.
 */
export function validateValues(settings: readonly SysctlSetting[]): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const verdicts = new Map<string, Verdict[]>();
  for (const setting of settings) {
    const info = lookupKey(componentsOf(setting));
    if (!info) continue;
    const typed = typedValue(info, setting.value);
    if (typed === undefined) continue;
    const id = `${setting.key}\u0000${JSON.stringify(typed)}`;
    let verdict = verdicts.get(id);
    if (!verdict) {
      const validate = validatorFor(info);
      verdict = validate(typed) ? [] : (validate.errors ?? []).map((error) => ({ error, index: indexOf(error.instancePath) }));
      verdicts.set(id, verdict);
    }
    for (const { error, index } of verdict) {
      problems.push({ setting, info, range: problemRange(setting, info, index), message: describe(error, info, setting, index) });
    }
  }
  return problems;
}

/** `/2` → 2 (a vector's third number); `` → undefined (the value as a whole). */
function indexOf(pointer: string): number | undefined {
  const index = pointer.split('/')[1];
  return index === undefined ? undefined : Number(index);
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
