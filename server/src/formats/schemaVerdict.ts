/*
 * Compiling a large schema with ajv costs hundreds of milliseconds and tens of megabytes the first
 * time, and most documents are valid: then nobody reads an error. This reads a schema directly, for
 * the few keywords kvmtune's generated schemas use, and answers only "valid" or "cannot say"; ajv is
 * compiled (once) when an instance may be invalid and its errors are wanted. It answers "cannot say"
 * for anything it does not know exactly as ajv does it (an unknown keyword, a string with surrogate
 * pairs for maxLength, a number that is not finite), so a "valid" from here is one ajv would give too.
 */

type Schema = Record<string, unknown> | boolean;

/** Keywords read here, and those that say nothing about validity. */
const KNOWN = new Set(['type', 'properties', 'additionalProperties', 'required', 'items', 'maxItems', 'enum', 'const', 'pattern', 'minimum', 'maximum', 'maxLength', 'allOf', 'if', 'then', '$schema', '$id', 'title', 'description', '$comment']);
const CANNOT_SAY = new Error('cannot say');
const patterns = new Map<string, RegExp>();

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: unknown): boolean {
  if (type === 'object') return isObject(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'string') return typeof value === 'string';
  if (type === 'integer') return Number.isInteger(value);
  throw CANNOT_SAY;
}

/** The primitive to compare with; objects are compared deeply by ajv, not here. */
function primitive(value: unknown): unknown {
  if (typeof value === 'object' && value !== null) throw CANNOT_SAY;
  return value;
}

function stringValid(schema: Record<string, unknown>, value: string): boolean {
  if (schema.pattern !== undefined) {
    const source = schema.pattern as string;
    let regexp = patterns.get(source);
    // ajv's default (unicodeRegExp): the `u` flag.
    if (!regexp) patterns.set(source, (regexp = new RegExp(source, 'u')));
    if (!regexp.test(value)) return false;
  }
  // ajv counts code points: strings with surrogates are left to it.
  if (schema.maxLength !== undefined && /[\ud800-\udfff]/.test(value)) throw CANNOT_SAY;
  return schema.maxLength === undefined || value.length <= (schema.maxLength as number);
}

function valid(schema: Schema, value: unknown): boolean {
  if (typeof schema === 'boolean') return schema;
  if (typeof value === 'number' && !Number.isFinite(value)) throw CANNOT_SAY;
  for (const keyword in schema) if (!KNOWN.has(keyword)) throw CANNOT_SAY;
  if (schema.type !== undefined && !hasType(value, schema.type)) return false;
  if (schema.enum !== undefined && !(schema.enum as unknown[]).map(primitive).includes(value)) return false;
  if (schema.const !== undefined && primitive(schema.const) !== value) return false;
  if (typeof value === 'string' && !stringValid(schema, value)) return false;
  if (typeof value === 'number' && (value < ((schema.minimum as number) ?? -Infinity) || value > ((schema.maximum as number) ?? Infinity))) return false;
  if (Array.isArray(value)) {
    if (value.length > ((schema.maxItems as number) ?? Infinity)) return false;
    if (schema.items !== undefined && !value.every((item) => valid(schema.items as Schema, item))) return false;
  }
  if (isObject(value) && !objectValid(schema, value)) return false;
  if (schema.allOf !== undefined && !(schema.allOf as Schema[]).every((part) => valid(part, value))) return false;
  return schema.if === undefined || schema.then === undefined || !valid(schema.if as Schema, value) || valid(schema.then as Schema, value);
}

function objectValid(schema: Record<string, unknown>, value: Record<string, unknown>): boolean {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) throw CANNOT_SAY;
  if (schema.required !== undefined && (schema.required as string[]).some((name) => value[name] === undefined)) return false;
  for (const key in value) {
    if (!Object.hasOwn(properties, key)) {
      if (schema.additionalProperties === false) return false;
    } else if (value[key] !== undefined && !valid(properties[key], value[key])) return false;
  }
  return true;
}

/** True when `instance` is valid against `schema` for certain; false when it may not be (ask ajv). */
export function surelyValid(schema: Schema, instance: unknown): boolean {
  try {
    return valid(schema, instance);
  } catch (error) {
    if (error === CANNOT_SAY) return false;
    throw error;
  }
}
