/*
 * Compiling a large schema with ajv costs hundreds of milliseconds and tens of megabytes the first
 * time, and most documents are valid: then nobody reads an error. This reads a schema directly, for
 * the few keywords kvmtune's generated schemas use, and answers only "valid" or "cannot say"; ajv is
 * compiled (once) when an instance may be invalid and its errors are wanted. It answers "cannot say"
 * for anything it does not know exactly as ajv does it (an unknown keyword, a string with surrogate
 * pairs for maxLength, a number that is not finite), so a "valid" from here is one ajv would give too.
 */

type Schema = Record<string, unknown> | boolean;

/** Keywords that say nothing about validity. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$comment']);
const KNOWN = new Set(['type', 'properties', 'additionalProperties', 'required', 'items', 'maxItems', 'enum', 'const', 'pattern', 'minimum', 'maximum', 'maxLength', 'allOf', 'if', 'then']);

const patterns = new Map<string, RegExp>();

function pattern(source: string): RegExp {
  let regexp = patterns.get(source);
  if (!regexp) {
    // ajv's default (unicodeRegExp): the `u` flag.
    regexp = new RegExp(source, 'u');
    patterns.set(source, regexp);
  }
  return regexp;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: unknown): boolean {
  switch (type) {
    case 'object': return isObject(value);
    case 'array': return Array.isArray(value);
    case 'string': return typeof value === 'string';
    case 'integer': return typeof value === 'number' && Number.isInteger(value);
    default: throw CANNOT_SAY;
  }
}

const CANNOT_SAY = new Error('cannot say');

/** Code points, as ajv counts a string's length; strings with surrogates are left to ajv. */
function length(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) throw CANNOT_SAY;
  }
  return text.length;
}

function primitive(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

function valid(schema: Schema, value: unknown): boolean {
  if (schema === true) return true;
  if (schema === false) return false;
  if (typeof value === 'number' && !Number.isFinite(value)) throw CANNOT_SAY;
  for (const keyword in schema) {
    if (!KNOWN.has(keyword) && !ANNOTATIONS.has(keyword)) throw CANNOT_SAY;
  }
  if (schema.type !== undefined && !hasType(value, schema.type)) return false;
  if (schema.enum !== undefined) {
    const values = schema.enum as unknown[];
    if (!values.every(primitive)) throw CANNOT_SAY;
    if (!values.includes(value)) return false;
  }
  if (schema.const !== undefined) {
    if (!primitive(schema.const)) throw CANNOT_SAY;
    if (value !== schema.const) return false;
  }
  if (typeof value === 'string') {
    if (schema.pattern !== undefined && !pattern(schema.pattern as string).test(value)) return false;
    if (schema.maxLength !== undefined && length(value) > (schema.maxLength as number)) return false;
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < (schema.minimum as number)) return false;
    if (schema.maximum !== undefined && value > (schema.maximum as number)) return false;
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > (schema.maxItems as number)) return false;
    if (schema.items !== undefined) {
      if (!isObject(schema.items) && typeof schema.items !== 'boolean') throw CANNOT_SAY;
      for (const item of value) if (!valid(schema.items as Schema, item)) return false;
    }
  }
  if (isObject(value) && !objectValid(schema, value)) return false;
  if (schema.allOf !== undefined) {
    for (const part of schema.allOf as Schema[]) if (!valid(part, value)) return false;
  }
  if (schema.if !== undefined && schema.then !== undefined && valid(schema.if as Schema, value) && !valid(schema.then as Schema, value)) return false;
  return true;
}

function objectValid(schema: Record<string, unknown>, value: Record<string, unknown>): boolean {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  if (schema.required !== undefined) {
    for (const name of schema.required as string[]) if (value[name] === undefined) return false;
  }
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) throw CANNOT_SAY;
  for (const key in value) {
    const known = Object.hasOwn(properties, key);
    if (!known && schema.additionalProperties === false) return false;
    if (known && value[key] !== undefined && !valid(properties[key], value[key])) return false;
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
