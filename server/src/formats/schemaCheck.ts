import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { Range } from 'vscode-languageserver-types';

/** Where one JSON-pointer location of an instance came from in the document. */
export interface PointerRanges {
  /** The key, attribute or element name. */
  nameRange: Range;
  /** The value (inside quotes); equals nameRange when there is no value. */
  valueRange: Range;
}

export interface SchemaProblem {
  /** The instance location the problem is about, e.g. `/interfaces/0/model/type`. */
  pointer: string;
  range: Range;
  error: ErrorObject;
}

export interface CompileOptions {
  /** Named string formats the schema uses (`"format": "ipv4-netmask"`), as predicates. */
  formats?: Record<string, (text: string) => boolean>;
}

const compiled = new WeakMap<object, ValidateFunction>();

/**
 * Compiles a schema once per process with the options every language uses (all errors, strict
 * schemas, the failing data kept for messages). Each schema gets its own ajv instance, so one
 * language's formats never leak into another's.
 */
export function compileSchema(schema: object, options: CompileOptions = {}): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    // Without ajv's pass that tidies the generated code, a large schema compiles in half the time;
    // the code checks the same things and gives the same errors.
    const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, code: { optimize: false } });
    for (const [name, test] of Object.entries(options.formats ?? {})) ajv.addFormat(name, test);
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** Keywords whose problem lies in the value, not in the name. */
const VALUE_KEYWORDS = new Set(['type', 'enum', 'const', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'format', 'multipleOf', 'not']);

/**
 * Validates `instance` and maps every ajv error to a range: an unexpected property to its name, a
 * missing one to the parent's name, value keywords to the value; otherwise the longest pointer prefix
 * that has a range. Errors of `anyOf`/`oneOf` branches are left to the caller's schema design.
 */
export function checkAgainstSchema(schema: object, instance: unknown, ranges: ReadonlyMap<string, PointerRanges>, fallback: Range): SchemaProblem[] {
  const validate = compileSchema(schema);
  if (validate(instance)) return [];
  const problems: SchemaProblem[] = [];
  for (const error of validate.errors ?? []) {
    let pointer = error.instancePath;
    if (error.keyword === 'additionalProperties') pointer = `${pointer}/${escapePointer(String(error.params.additionalProperty))}`;
    const hit = closest(ranges, pointer);
    let range = fallback;
    if (hit) range = error.keyword === 'additionalProperties' || error.keyword === 'required' || !VALUE_KEYWORDS.has(error.keyword) || hit.pointer !== pointer ? hit.ranges.nameRange : hit.ranges.valueRange;
    problems.push({ pointer, range, error });
  }
  return problems;
}

export function escapePointer(part: string): string {
  return part.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function decodePointer(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function closest(ranges: ReadonlyMap<string, PointerRanges>, pointer: string): { pointer: string; ranges: PointerRanges } | undefined {
  let current = pointer;
  for (;;) {
    const hit = ranges.get(current);
    if (hit) return { pointer: current, ranges: hit };
    if (current === '') return undefined;
    current = current.slice(0, current.lastIndexOf('/'));
  }
}
