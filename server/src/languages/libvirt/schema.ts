import { INTERFACE_TYPES, TABLE, childNames, patternSource, type AttributeInfo, type TypeInfo } from './table';

export const LIBVIRT_INTERFACE_SCHEMA_ID = 'https://kvmtune.invalid/schemas/libvirt-interface.schema.json';

type JsonSchema = Record<string, unknown> | boolean;

/**
 * The JSON schema of one guest `<interface>` seen as JSON: attributes become `@name` properties
 * (integers as numbers), child elements arrays under their name (so "at most once" is `maxItems`),
 * character data `#text`. It mirrors libvirt's RelaxNG content model as far as the table knows it;
 * the cross-element rules libvirt's C code applies are separate rules.
 */
export function buildLibvirtInterfaceSchema(): Record<string, unknown> {
  const body = elementSchema('', TABLE.interfaceAttributes) as Record<string, unknown>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: LIBVIRT_INTERFACE_SCHEMA_ID,
    title: 'libvirt guest <interface>',
    description: 'Generated from server/src/languages/libvirt/interface-table.json by scripts/generate-schemas.ts; do not edit.',
    ...body,
    allOf: INTERFACE_TYPES.map((type) => ({
      if: { type: 'object', properties: { '@type': { const: type } }, required: ['@type'] },
      then: typeSchema(TABLE.types[type], type),
    })),
  };
}

function typeSchema(info: TypeInfo, type: string): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  if (info.source === 'forbidden') properties.source = false;
  else {
    properties.source = { type: 'array', items: sourceSchema(info) };
    if (info.source === 'required') required.push('source');
  }
  if (!info.virtualport) properties.virtualport = false;
  return { description: `type='${type}'`, type: 'object', properties, ...(required.length ? { required } : {}) };
}

function sourceSchema(info: TypeInfo): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [name, attribute] of Object.entries(info.sourceAttributes)) {
    properties[`@${name}`] = valueSchema(attribute);
    if (attribute.required) required.push(`@${name}`);
  }
  for (const name of info.sourceChildren ?? []) properties[name] = childArray(`source/${name}`);
  required.push(...(info.sourceRequiredChildren ?? []));
  return { type: 'object', properties, additionalProperties: false, ...(required.length ? { required } : {}) };
}

function elementSchema(path: string, attributes: Record<string, AttributeInfo>): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [name, attribute] of Object.entries(attributes)) {
    properties[`@${name}`] = valueSchema(attribute);
    if (attribute.required) required.push(`@${name}`);
  }
  const prefix = path === '' ? '' : `${path}/`;
  for (const name of childNames(path)) {
    // <source>'s content depends on the interface type: the per-type branches describe it.
    properties[name] = name === 'source' && path === '' ? { type: 'array', maxItems: 1 } : childArray(`${prefix}${name}`);
  }
  const text = path === '' ? undefined : TABLE.elements[path]?.text;
  if (text) properties['#text'] = { type: 'integer', minimum: text.min, maximum: text.max };
  return { type: 'object', properties, additionalProperties: false, ...(required.length ? { required } : {}) };
}

function childArray(path: string): JsonSchema {
  const info = TABLE.elements[path];
  const items = elementSchema(path, info?.attributes ?? {});
  return info?.repeatable ? { type: 'array', items } : { type: 'array', maxItems: 1, items };
}

export function valueSchema(attribute: AttributeInfo): JsonSchema {
  switch (attribute.type) {
    case 'enum':
      return { enum: Object.keys(attribute.values ?? {}) };
    case 'integer': {
      const schema: Record<string, unknown> = { type: 'integer' };
      if (attribute.min !== undefined) schema.minimum = attribute.min;
      if (attribute.max !== undefined) schema.maximum = attribute.max;
      return schema;
    }
    case 'pattern':
      return { type: 'string', pattern: patternSource(attribute.pattern ?? 'anyText') };
    default:
      return attribute.maxLength === undefined ? { type: 'string' } : { type: 'string', maxLength: attribute.maxLength };
  }
}
