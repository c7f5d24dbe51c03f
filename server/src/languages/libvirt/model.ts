import type { Position, Range } from 'vscode-languageserver-types';
import type { XmlDocument, XmlElement } from '../../formats/xml';
import { perObjectCache } from '../../service/perObjectCache';

/** One attribute as written: `value` is decoded (entities), `raw` is the text between the quotes. */
export interface LvAttribute {
  name: string;
  value: string;
  raw: string;
  quote: '"' | "'" | '';
  nameRange: Range;
  valueRange: Range;
  range: Range;
}

/** One element with every position the rules, hovers and fixes need. */
export interface LvElement {
  name: string;
  nameRange: Range;
  /** From `<` of the start tag to `>` of the end tag (or of the self-closing start tag). */
  range: Range;
  /** From `<` to `>` of the start tag. */
  startTagRange: Range;
  /** Start of `</name>`; undefined for `<name/>` and for unclosed elements. */
  endTagStart?: Position;
  selfClosing: boolean;
  attributes: LvAttribute[];
  children: LvElement[];
  /** Decoded character data directly inside the element (text of children excluded), trimmed. */
  text: string;
  textRange?: Range;
  parent?: LvElement;
  /** The shared XML layer's element this was made from. */
  xml: XmlElement;
  /** The element exactly as written, from its `<` to its end: the subtree depends on nothing else. */
  readonly source: string;
}

export interface LvSyntaxError {
  range: Range;
  message: string;
}

/** A guest `<interface>` with the facts every rule asks for. */
export interface LvInterface {
  element: LvElement;
  /** The `type` attribute, undefined when absent. */
  type?: string;
}

export type LibvirtKind = 'domain' | 'fragment' | 'none';

export interface LibvirtDoc {
  kind: LibvirtKind;
  root?: LvElement;
  interfaces: LvInterface[];
  /** `<domain type=…>`; undefined for fragments (judged as a KVM guest). */
  domainType?: string;
  /** `<os><type arch=…>` when the domain says it. */
  arch?: string;
  syntaxErrors: LvSyntaxError[];
  xml: XmlDocument;
}

/** Above this many attributes an element gets an index by name: rules and messages look names up per problem. */
const INDEX_FROM = 16;
const attributeIndexes = perObjectCache<LvElement, Map<string, LvAttribute>>('attributeIndexes');

/** The first attribute of that name, as written. */
export function attribute(element: LvElement, name: string): LvAttribute | undefined {
  if (element.attributes.length < INDEX_FROM) return element.attributes.find((a) => a.name === name);
  let index = attributeIndexes.get(element);
  if (!index) {
    index = new Map();
    for (const a of element.attributes) if (!index.has(a.name)) index.set(a.name, a);
    attributeIndexes.set(element, index);
  }
  return index.get(name);
}

export function attributeValue(element: LvElement | undefined, name: string): string | undefined {
  return element ? attribute(element, name)?.value : undefined;
}

export function child(element: LvElement | undefined, name: string): LvElement | undefined {
  return element?.children.find((c) => c.name === name);
}

export function children(element: LvElement | undefined, name: string): LvElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

/** `driver/host` style path of an element below its interface; '' for the interface itself. */
export function pathBelowInterface(element: LvElement): string {
  const names: string[] = [];
  for (let at: LvElement | undefined = element; at && at.name !== 'interface'; at = at.parent) names.push(at.name);
  return names.reverse().join('/');
}

export function enclosingInterface(element: LvElement): LvElement | undefined {
  for (let at: LvElement | undefined = element; at; at = at.parent) if (at.name === 'interface' && isGuestInterfacePlace(at)) return at;
  return undefined;
}

/** A guest interface is `domain/devices/interface` or a bare root `<interface>`. */
export function isGuestInterfacePlace(element: LvElement): boolean {
  const parent = element.parent;
  if (!parent) return true;
  return parent.name === 'devices' && parent.parent?.name === 'domain' && !parent.parent.parent;
}

export function contains(range: Range, position: Position): boolean {
  const afterStart = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}

/** The innermost element whose range contains the position. */
export function elementAtPosition(root: LvElement | undefined, position: Position): LvElement | undefined {
  if (!root || !contains(root.range, position)) return undefined;
  let current = root;
  for (;;) {
    const inner = current.children.find((c) => contains(c.range, position));
    if (!inner) return current;
    current = inner;
  }
}

/** `<element><childName attributeName=…>`: the attribute of the first such child. */
export function childAttribute(element: LvElement, childName: string, attributeName: string): LvAttribute | undefined {
  const found = child(element, childName);
  return found ? attribute(found, attributeName) : undefined;
}
