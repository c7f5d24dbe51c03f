import { IFACE_PLACEHOLDER, SYSCTL_KEYS, isIntegerType, isVectorType, type SysctlKeyInfo } from './keyTable';

export const SYSCTL_SCHEMA_ID = 'https://kvmtune.invalid/schemas/sysctl.schema.json';

type JsonSchema = Record<string, unknown>;

/**
 * The JSON schema of a sysctl file seen as `{ key: typed value }`: integers become numbers,
 * vectors arrays of numbers, everything else strings. Only kernel-enforced limits go in here;
 * keys the table does not know are allowed (other rules judge them).
 */
export function buildSysctlSchema(keys: readonly SysctlKeyInfo[] = SYSCTL_KEYS): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const patternProperties: Record<string, JsonSchema> = {};
  for (const info of keys) {
    if (info.key.includes(IFACE_PLACEHOLDER)) patternProperties[keyPattern(info.key)] = valueSchema(info);
    else properties[info.key] = valueSchema(info);
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SYSCTL_SCHEMA_ID,
    title: 'sysctl.conf settings',
    description: 'Generated from server/src/languages/sysctl/keys.json by scripts/generate-schemas.ts; do not edit.',
    type: 'object',
    properties,
    patternProperties,
  };
}

/** `net.ipv4.conf.<iface>.rp_filter` -> a regex matching any interface name in that position. */
export function keyPattern(key: string): string {
  return `^${key
    .split(IFACE_PLACEHOLDER)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^.]+')}$`;
}

/** The schema of one key's value (a property of the file schema). */
export function valueSchema(info: SysctlKeyInfo): JsonSchema {
  const schema: JsonSchema = { description: info.summary };
  if (info.readOnly) return { ...schema, not: {} };
  if (isIntegerType(info.type)) {
    const integer: JsonSchema = { type: 'integer' };
    if (info.min !== undefined) integer.minimum = info.min;
    if (info.max !== undefined) integer.maximum = info.max;
    if (!isVectorType(info.type)) return { ...schema, ...integer };
    return { ...schema, type: 'array', minItems: 1, items: integer };
  }
  const text: JsonSchema = { type: 'string' };
  if (info.maxLength !== undefined) text.maxLength = info.maxLength;
  if (info.type === 'cpumask') text.pattern = '^[0-9a-fA-F,]+$';
  if (info.type === 'portlist') text.pattern = '^(\\d+(-\\d+)?(,\\d+(-\\d+)?)*)?$';
  return { ...schema, ...text };
}
