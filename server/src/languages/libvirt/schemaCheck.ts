import type { ErrorObject, ValidateFunction } from 'ajv';
import { compileSchema } from '../../formats/schemaCheck';
import type { Range } from 'vscode-languageserver-types';
import { pathBelowInterface, type LvElement } from './model';
import { buildLibvirtInterfaceSchema } from './schema';
import { attributesOf, patternRegExp } from './table';

export interface PointerTarget {
  nameRange: Range;
  valueRange: Range;
  element: LvElement;
  /** Set for attribute pointers. */
  attribute?: string;
}

export interface SchemaProblem {
  keyword: string;
  pointer: string;
  target: PointerTarget;
  error: ErrorObject;
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  compiled ??= compileSchema(buildLibvirtInterfaceSchema());
  return compiled;
}

const INTEGER = /^-?[0-9]+$/;
const MAX_DEPTH = 8;

/** The interface as the schema sees it, and where every JSON pointer points in the document. */
export function toInstance(root: LvElement): { instance: Record<string, unknown>; pointers: Map<string, PointerTarget> } {
  const pointers = new Map<string, PointerTarget>();
  const type = root.attributes.find((a) => a.name === 'type')?.value;
  const build = (element: LvElement, pointer: string, depth = 0): Record<string, unknown> => {
    pointers.set(pointer, { nameRange: element.nameRange, valueRange: element.nameRange, element });
    const object: Record<string, unknown> = {};
    // libvirt's interface content is at most four levels deep; below that the schema has already failed.
    if (depth > MAX_DEPTH) return object;
    const attributes = attributesOf(pathBelowInterface(element), type);
    for (const attribute of element.attributes) {
      const key = `@${attribute.name}`;
      if (key in object) continue;
      const integer = attributes[attribute.name]?.type === 'integer' && INTEGER.test(attribute.value.trim());
      object[key] = integer ? Number(attribute.value.trim()) : attribute.value;
      pointers.set(`${pointer}/${escape(key)}`, { nameRange: attribute.nameRange, valueRange: attribute.valueRange, element, attribute: attribute.name });
    }
    const counts = new Map<string, number>();
    for (const c of element.children) {
      const index = counts.get(c.name) ?? 0;
      counts.set(c.name, index + 1);
      const list = (object[c.name] ??= []) as unknown[];
      list.push(build(c, `${pointer}/${escape(c.name)}/${index}`, depth + 1));
    }
    if (element.text !== '' && element.textRange) {
      const text = element.text;
      object['#text'] = INTEGER.test(text) ? Number(text) : text;
      pointers.set(`${pointer}/#text`, { nameRange: element.textRange, valueRange: element.textRange, element });
    }
    return object;
  };
  return { instance: build(root, ''), pointers };
}

function escape(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Every schema violation of one interface, keyed to a document range. `if` wrappers are dropped. */
export function checkInterfaceSchema(root: LvElement): SchemaProblem[] {
  const { instance, pointers } = toInstance(root);
  const validate = validator();
  if (validate(instance)) return [];
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'if') continue;
    const pointer = problemPointer(error);
    const target = pointers.get(pointer) ?? nearest(pointers, error.instancePath);
    const key = `${error.keyword}|${pointer}`;
    if (!target || seen.has(key)) continue;
    seen.add(key);
    problems.push({ keyword: error.keyword, pointer, target, error });
  }
  return problems;
}

function problemPointer(error: ErrorObject): string {
  const path = error.instancePath;
  if (error.keyword === 'additionalProperties') {
    const property = String((error.params as { additionalProperty: string }).additionalProperty);
    return property.startsWith('@') ? `${path}/${escape(property)}` : `${path}/${escape(property)}/0`;
  }
  if (error.keyword === 'maxItems') return `${path}/${(error.params as { limit: number }).limit}`;
  if (error.keyword === 'false schema' && !/\/\d+$/.test(path)) return `${path}/0`;
  return path;
}

function nearest(pointers: Map<string, PointerTarget>, path: string): PointerTarget | undefined {
  const parts = path.split('/');
  while (parts.length > 0) {
    const hit = pointers.get(parts.join('/'));
    if (hit) return hit;
    parts.pop();
  }
  return pointers.get('');
}

/** Whether an attribute value matches the table's pattern (for rules that reuse it). */
export function matchesPattern(pattern: string, value: string): boolean {
  return patternRegExp(pattern).test(value);
}
