import { IFCFG_KEYS, BOOLEAN_WORDS, type IfcfgKeyInfo } from './keyTable';

export const IFCFG_SCHEMA_ID = 'https://kvmtune.invalid/schemas/ifcfg.schema.json';

type JsonSchema = Record<string, unknown>;

/** A regex source matching `words` in any letter case (ajv patterns take no flags). */
export function anyCase(words: readonly string[]): string {
  const escape = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = (w: string) => [...w].map((ch) => (/[a-z]/i.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : escape(ch))).join('');
  return `^(${words.map(word).join('|')})$`;
}

/**
 * The JSON schema of an ifcfg file seen as `{ NAME: value }` after NetworkManager's unquoting:
 * integers become numbers, everything else stays text. Built from the key table; keys the table
 * does not know are allowed here (ifcfg-unknown-key judges them).
 */
export function buildIfcfgSchema(keys: readonly IfcfgKeyInfo[] = IFCFG_KEYS): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const patternProperties: Record<string, JsonSchema> = {};
  for (const info of keys) {
    const schema = valueSchema(info);
    if (info.numbered) patternProperties[`^${info.name}(0|[1-9][0-9]{0,9})?$`] = schema;
    else if (info.prefix) patternProperties[`^${info.name}.+$`] = schema;
    else properties[info.name] = schema;
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: IFCFG_SCHEMA_ID,
    title: 'ifcfg-* settings (NetworkManager ifcfg-rh reading)',
    type: 'object',
    properties,
    patternProperties,
  };
}

const FORMAT_OF: Partial<Record<IfcfgKeyInfo['type'], string>> = {
  ipv4: 'ipv4',
  'ipv4-mask': 'ipv4-netmask',
  ip: 'ip-address',
  'dns-server': 'dns-server',
  'ipv6-prefix': 'ipv6-with-prefix',
};

/** The schema of one key's value, as the file schema applies it to that key. */
export function valueSchema(info: IfcfgKeyInfo): JsonSchema {
  const schema: JsonSchema = { description: info.summary };
  switch (info.type) {
    case 'bool':
      return { ...schema, type: 'string', pattern: anyCase(BOOLEAN_WORDS) };
    case 'enum': {
      const values = Object.keys(info.values ?? {});
      return info.caseInsensitive ? { ...schema, type: 'string', pattern: anyCase(values) } : { ...schema, enum: values };
    }
    case 'int': {
      const integer: JsonSchema = { type: 'integer' };
      if (info.min !== undefined) integer.minimum = info.min;
      if (info.max !== undefined) integer.maximum = info.max;
      return { ...schema, ...integer };
    }
    case 'mac':
      return { ...schema, type: 'string', pattern: '^[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}(([:-][0-9A-Fa-f]{2}){14})?$' };
    case 'uuid':
      return { ...schema, type: 'string', pattern: '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$' };
    case 'ifname':
      return { ...schema, type: 'string', maxLength: 15, pattern: '^[^/ \\t]+$' };
    default: {
      const format = FORMAT_OF[info.type];
      const text: JsonSchema = { ...schema, type: 'string' };
      if (format) text.format = format;
      if (info.maxLength !== undefined) text.maxLength = info.maxLength;
      return text;
    }
  }
}
