import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { parseXml, type XmlAttribute, type XmlDocument, type XmlElement, type XmlMarkup, type XmlText } from '../../formats/xml';
import type { XmlRoot } from '../../formats/xmlRoot';
import { attributeValue, child, children, type LibvirtDoc, type LvAttribute, type LvElement, type LvSyntaxError } from './model';

/** Children that only host interface XML (`virsh iface-define`, netcf's interface.rng) has. */
const HOST_INTERFACE_CHILDREN = new Set(['start', 'protocol', 'bond', 'bridge']);

/**
 * Whether a root element is one this language checks: `<domain>`, or a bare guest `<interface>`
 * (what `virsh attach-device` takes). Host interface XML also has root `<interface>`, but always
 * names the host device (`name='eth0'`) and may be `type='bond'`; guest interfaces never have a
 * `name` attribute, so those are left alone.
 */
export function claimsLibvirtRoot(root: XmlRoot): boolean {
  if (root.name === 'domain') return true;
  if (root.name !== 'interface') return false;
  return !('name' in root.attributes) && root.attributes.type !== 'bond';
}

/** The fuller test once the children are known: `<start>`, `<protocol>`, `<bond>` or `<bridge>` mean a host interface. */
export function isHostInterface(root: LvElement): boolean {
  const attributes = Object.fromEntries(root.attributes.map((a) => [a.name, a.value]));
  return !claimsLibvirtRoot({ name: root.name, attributes }) || root.children.some((c) => HOST_INTERFACE_CHILDREN.has(c.name));
}

export function parseLibvirt(doc: TextDocument): LibvirtDoc {
  return parseLibvirtText(doc.getText());
}

export function parseLibvirtText(text: string): LibvirtDoc {
  const xml = parseXml(text);
  const root = xml.root ? toElement(xml, xml.root, undefined) : undefined;
  const base = { root, xml, syntaxErrors: syntaxErrors(xml) };
  if (root?.name === 'domain') {
    const interfaces = children(root, 'devices').flatMap((devices) => children(devices, 'interface'));
    return {
      ...base,
      kind: 'domain',
      interfaces: interfaces.map((element) => ({ element, type: attributeValue(element, 'type') })),
      domainType: attributeValue(root, 'type'),
      arch: attributeValue(child(child(root, 'os'), 'type'), 'arch'),
    };
  }
  if (root?.name === 'interface' && !isHostInterface(root)) {
    return { ...base, kind: 'fragment', interfaces: [{ element: root, type: attributeValue(root, 'type') }] };
  }
  return { ...base, kind: 'none', interfaces: [] };
}

function syntaxErrors(xml: XmlDocument): LvSyntaxError[] {
  const errors: LvSyntaxError[] = [];
  if (xml.wellFormedness) errors.push({ range: xml.wellFormedness.range, message: xml.wellFormedness.message });
  return errors;
}

/** Converts the XML layer's tree iteratively: a deeply nested (or hostile) file must not overflow the stack. */
function toElement(xml: XmlDocument, rootElement: XmlElement, parent: LvElement | undefined): LvElement {
  const root = convert(xml, rootElement, parent);
  const pending: LvElement[] = [root];
  while (pending.length > 0) {
    const element = pending.pop()!;
    const xmlChildren = element.xml.children;
    let count = 0;
    for (const c of xmlChildren) if (c.kind === 'element') count++;
    if (count === 0) continue;
    // Sized up front: a tree of small elements kept with 16 spare slots each is most of a parse.
    const converted: LvElement[] = new Array(count);
    let at = 0;
    for (const c of xmlChildren) {
      if (c.kind !== 'element') continue;
      const child = convert(xml, c, element);
      converted[at++] = child;
      pending.push(child);
    }
    element.children = converted;
  }
  return root;
}

/*
 * Ranges are computed on access: a domain has thousands of attributes and the rules look at the
 * ranges of the few they report on.
 */
class LvAttributeNode implements LvAttribute {
  constructor(private readonly source: XmlAttribute) {}
  get name(): string { return this.source.name; }
  get value(): string { return this.source.value ?? ''; }
  get raw(): string { return this.source.rawValue ?? ''; }
  get quote(): '"' | "'" | '' { return this.source.quote; }
  get nameRange(): Range { return this.source.nameRange; }
  get valueRange(): Range { return this.source.valueRange; }
  get range(): Range { return this.source.range; }
}

class LvElementNode implements LvElement {
  readonly name: string;
  readonly selfClosing: boolean;
  readonly attributes: LvAttribute[];
  children: LvElement[] = NO_ELEMENTS;
  readonly text: string;
  private readonly texts: (XmlText | XmlMarkup)[];
  constructor(private readonly doc: XmlDocument, readonly xml: XmlElement, readonly parent: LvElement | undefined) {
    this.name = xml.name;
    this.selfClosing = xml.selfClosing;
    this.attributes = xml.attributes.length === 0 ? NO_ATTRIBUTES : xml.attributes.map((a) => new LvAttributeNode(a));
    this.texts = textChildren(xml);
    this.text = this.texts.length === 0 ? '' : this.texts.map((t) => (t.kind === 'text' ? t.value : t.content)).join('').trim();
  }
  get nameRange(): Range { return this.xml.nameRange; }
  get source(): string { return this.doc.text.slice(this.xml.start, this.xml.end); }
  get range(): Range { return this.xml.range; }
  get startTagRange(): Range { return this.xml.startTagRange; }
  get endTagStart(): Position | undefined { return this.xml.closeTag?.range.start; }
  get textRange(): Range | undefined {
    const { texts } = this;
    return texts.length > 0 ? this.doc.rangeOf(texts[0].start, texts[texts.length - 1].end) : undefined;
  }
}

const NO_ELEMENTS: LvElement[] = [];
const NO_ATTRIBUTES: LvAttribute[] = [];
const NO_TEXTS: (XmlText | XmlMarkup)[] = [];

function textChildren(element: XmlElement): (XmlText | XmlMarkup)[] {
  let texts = NO_TEXTS;
  for (const c of element.children) {
    if ((c.kind === 'text' && !c.whitespaceOnly) || c.kind === 'cdata') {
      if (texts === NO_TEXTS) texts = [];
      texts.push(c);
    }
  }
  return texts;
}

function convert(xml: XmlDocument, element: XmlElement, parent: LvElement | undefined): LvElement {
  return new LvElementNode(xml, element, parent);
}
