import type { ErrorObject, ValidateFunction } from 'ajv';
import { compileSchema } from '../../formats/schemaCheck';
import { surelyValid } from '../../formats/schemaVerdict';
import type { Range } from 'vscode-languageserver-types';
import { pathBelowInterface, type LvAttribute, type LvElement } from './model';
import { buildLibvirtInterfaceSchema } from './schema';
import { attributesOf, patternRegExp, type AttributeInfo } from './table';
import { perObjectCache } from '../../service/perObjectCache';

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

let schema: Record<string, unknown> | undefined;
let compiled: ValidateFunction | undefined;

function interfaceSchema(): Record<string, unknown> {
  schema ??= buildLibvirtInterfaceSchema();
  return schema;
}

/** ajv, compiled only once an interface may be invalid: its errors are what the rules report. */
function validator(): ValidateFunction {
  compiled ??= compileSchema(interfaceSchema());
  return compiled;
}

const INTEGER = /^-?[0-9]+$/;
const MAX_DEPTH = 8;

/** The interface as the schema sees it, and where every JSON pointer points in the document. */
export function toInstance(root: LvElement): { instance: Record<string, unknown>; pointers: Map<string, PointerTarget> } {
  const pointers = new Map<string, PointerTarget>();
  return { instance: buildInstance(root, pointers), pointers };
}

/** The instance alone: what the schema checks; the pointers are only needed when it fails. */
function buildInstance(root: LvElement, pointers: Map<string, PointerTarget> | undefined): Record<string, unknown> {
  const type = root.attributes.find((a) => a.name === 'type')?.value;
  const build = (element: LvElement, pointer: string, path: string, depth: number): Record<string, unknown> => {
    pointers?.set(pointer, elementTarget(element));
    const object: Record<string, unknown> = {};
    // libvirt's interface content is at most four levels deep; below that the schema has already failed.
    if (depth > MAX_DEPTH) return object;
    const attributes = attributesOf(path, type);
    for (const attribute of element.attributes) {
      const key = attributeKey(attribute.name);
      if (key in object) continue;
      object[key] = instanceValue(attributes[attribute.name], attribute.value);
      pointers?.set(`${pointer}/${escape(key)}`, attributeTarget(element, attribute));
    }
    const counts = pointers ? new Map<string, number>() : undefined;
    for (const c of element.children) {
      const list = (object[c.name] ??= []) as unknown[];
      let childPointer = '';
      if (counts) {
        const index = counts.get(c.name) ?? 0;
        counts.set(c.name, index + 1);
        childPointer = `${pointer}/${escape(c.name)}/${index}`;
      }
      list.push(build(c, childPointer, childPath(path, c.name), depth + 1));
    }
    if (element.text !== '' && element.textRange) {
      const text = element.text;
      object['#text'] = INTEGER.test(text) ? Number(text) : text;
      pointers?.set(`${pointer}/#text`, textTarget(element));
    }
    return object;
  };
  return build(root, '', pathBelowInterface(root), 0);
}

/** An attribute's value as the schema sees it: integer attributes written as integers become numbers. */
export function instanceValue(info: AttributeInfo | undefined, value: string): string | number {
  return info?.type === 'integer' && INTEGER.test(value.trim()) ? Number(value.trim()) : value;
}

/** pathBelowInterface of a child, from its parent's: a path starts again below each `<interface>`. */
function childPath(parentPath: string, name: string): string {
  if (name === 'interface') return '';
  return parentPath === '' ? name : `${parentPath}/${name}`;
}

const MAX_KEYS = 1_024;
const attributeKeys = new Map<string, string>();

/** `@name`, the instance key of an attribute, made once per name. */
function attributeKey(name: string): string {
  let key = attributeKeys.get(name);
  if (key === undefined) {
    key = `@${name}`;
    if (attributeKeys.size >= MAX_KEYS) attributeKeys.clear();
    attributeKeys.set(name, key);
  }
  return key;
}

function elementTarget(element: LvElement): PointerTarget {
  return { get nameRange() { return element.nameRange; }, get valueRange() { return element.nameRange; }, element };
}

function attributeTarget(element: LvElement, attribute: LvAttribute): PointerTarget {
  return { get nameRange() { return attribute.nameRange; }, get valueRange() { return attribute.valueRange; }, element, attribute: attribute.name };
}

function textTarget(element: LvElement): PointerTarget {
  return { get nameRange() { return element.textRange!; }, get valueRange() { return element.textRange!; }, element };
}

function escape(token: string): string {
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

const checked = perObjectCache<LvElement, SchemaProblem[]>('checked');

/** Every schema violation of one interface, keyed to a document range. `if` wrappers are dropped. Once per element. */
export function checkInterfaceSchema(root: LvElement): SchemaProblem[] {
  let problems = checked.get(root);
  if (!problems) checked.set(root, (problems = schemaProblems(root)));
  return problems;
}

/*
 * Most interfaces are valid and stay unchanged between validations (typing touches one of them):
 * the verdict "the schema accepts it" depends only on the interface's text, so it is kept per text.
 * Keys are copied so that they never hold a whole document alive.
 */
const MAX_ACCEPTED = 2_048;
const MAX_ACCEPTED_CHARS = 1_000_000;
const accepted = new Set<string>();
let acceptedChars = 0;

function rememberAccepted(source: string): void {
  if (accepted.size >= MAX_ACCEPTED || acceptedChars + source.length > MAX_ACCEPTED_CHARS) {
    accepted.clear();
    acceptedChars = 0;
  }
  if (source.length > MAX_ACCEPTED_CHARS) return;
  accepted.add(JSON.parse(JSON.stringify(source)) as string);
  acceptedChars += source.length;
}

function schemaProblems(root: LvElement): SchemaProblem[] {
  // An interface's schema path is '' wherever it is; any other element's depends on its ancestors.
  const source = root.name === 'interface' ? root.source : undefined;
  if (source !== undefined && accepted.has(source)) return [];
  const bare = buildInstance(root, undefined);
  if (surelyValid(interfaceSchema(), bare) || validator()(bare)) {
    if (source !== undefined) rememberAccepted(source);
    return [];
  }
  const validate = validator();
  const { instance, pointers } = toInstance(root);
  validate(instance);
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
