import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { contextAt, type XmlElement } from '../../formats/xml';
import type { Settings } from '../../service/types';
import type { LibvirtDoc } from './model';
import { randomMac, randomUuid } from './random';
import { paperStanzas } from './snippets';
import { TABLE, attributesOf, childNames, type AttributeInfo } from './table';

/** Names of the XML element and its ancestors up to the guest interface: `driver/host`, or undefined outside one. */
function interfacePath(element: XmlElement | undefined): { path: string; iface: XmlElement } | undefined {
  // Collected innermost first and reversed once: unshift per level is quadratic in a deep file.
  const names: string[] = [];
  for (let at = element; at; at = at.parent) {
    if (at.name === 'interface' && (at.depth === 0 || (at.parent?.name === 'devices' && at.parent.parent?.name === 'domain'))) return { path: names.reverse().join('/'), iface: at };
    names.push(at.name);
  }
  return undefined;
}

export function computeCompletions(_doc: TextDocument, parsed: LibvirtDoc, position: Position, _settings: Settings): CompletionItem[] {
  if (parsed.kind === 'none') return [];
  const xml = parsed.xml;
  const offset = xml.offsetAt(position);
  const context = contextAt(xml, offset);
  if (context.kind === 'elementName') {
    const parent = context.element.parent;
    if (parent?.name === 'devices') return [elementItem('interface', 'A guest network interface.'), ...stanzaItems()];
    const place = interfacePath(parent);
    return place ? childItems(place.path, typeOf(place.iface)) : [];
  }
  if (context.kind === 'attributeName') {
    const place = interfacePath(context.element);
    if (!place) return [];
    const present = new Set(context.element.attributes.filter((a) => a !== context.attribute).map((a) => a.name));
    return Object.entries(attributesOf(place.path, typeOf(place.iface)))
      .filter(([name]) => !present.has(name))
      .map(([name, info]) => ({
        label: name,
        kind: CompletionItemKind.Property,
        detail: info.required ? 'required' : info.introduced ? `libvirt ${info.introduced}` : undefined,
        documentation: { kind: MarkupKind.Markdown, value: info.summary },
        insertText: `${name}='$1'`,
        insertTextFormat: InsertTextFormat.Snippet,
      }));
  }
  if (context.kind === 'attributeValue') {
    const place = interfacePath(context.element);
    if (!place) return [];
    const info = attributesOf(place.path, typeOf(place.iface))[context.attribute.name];
    const range = context.attribute.valueRange;
    // The whole value is replaced: MACs and UUIDs contain ':' and '-', which end a word in VS Code.
    return info ? valueItems(place.path, context.attribute.name, info).map((item) => ({ ...item, textEdit: { range, newText: item.label } })) : [];
  }
  if (context.kind === 'content') {
    if (context.parent?.name === 'devices') return stanzaItems();
    const place = interfacePath(context.parent);
    return place ? childItems(place.path, typeOf(place.iface)).map((item) => withTag(item, place.path, typeOf(place.iface))) : [];
  }
  return [];
}

function typeOf(iface: XmlElement): string | undefined {
  return iface.attributes.find((a) => a.name === 'type')?.value;
}

function elementItem(name: string, summary: string, introduced?: string): CompletionItem {
  return { label: name, kind: CompletionItemKind.Module, detail: introduced ? `libvirt ${introduced}` : undefined, documentation: { kind: MarkupKind.Markdown, value: summary } };
}

function childItems(path: string, type: string | undefined): CompletionItem[] {
  const names = path === 'source' ? (type ? TABLE.types[type]?.sourceChildren ?? [] : []) : childNames(path);
  const prefix = path === '' ? '' : `${path}/`;
  return names.map((name) => {
    const info = TABLE.elements[`${prefix}${name}`];
    return elementItem(name, info?.summary ?? '', info?.introduced);
  });
}

/** In element content: the whole empty-element tag with its required attributes as tab stops. */
function withTag(item: CompletionItem, parentPath: string, type: string | undefined): CompletionItem {
  const path = parentPath === '' ? item.label : `${parentPath}/${item.label}`;
  const required = Object.entries(attributesOf(path, type)).filter(([, info]) => info.required);
  const attributes = required.map(([name], i) => ` ${name}='\${${i + 1}}'`).join('');
  return { ...item, label: `<${item.label}>`, filterText: `<${item.label}`, insertText: `<${item.label}${attributes}/>$0`, insertTextFormat: InsertTextFormat.Snippet };
}

function valueItems(path: string, attribute: string, info: AttributeInfo): CompletionItem[] {
  const item = (label: string, documentation: string, sortText: string, detail?: string): CompletionItem => ({
    label,
    kind: CompletionItemKind.Value,
    detail,
    documentation: { kind: MarkupKind.Markdown, value: documentation },
    sortText,
  });
  if (path === 'model' && attribute === 'type') {
    return Object.entries(TABLE.models).map(([name, model], i) => item(name, model.summary, String(i).padStart(3, '0'), name === 'virtio' ? 'IBM paper' : undefined));
  }
  if (path === 'mtu' && attribute === 'size') return [item(TABLE.elements.mtu.paper!.value, TABLE.elements.mtu.paper!.reason, '000', 'IBM paper'), item('1500', 'The Ethernet default.', '001')];
  if (attribute === 'interfaceid' || attribute === 'instanceid') return [item(randomUuid(), 'A freshly generated UUID.', '000', 'generated')];
  if (path === 'mac' && attribute === 'address') return [item(randomMac(), 'A random locally administered unicast MAC.', '000', 'generated')];
  const paperFirst: Record<string, string> = { 'driver/name': 'vhost', 'source/mode': 'bridge' };
  const preferred = paperFirst[`${path}/${attribute}`];
  return Object.entries(info.values ?? {})
    .map(([value, meaning], i) => item(value, meaning, value === preferred ? '000' : String(i + 1).padStart(3, '0'), value === preferred ? 'IBM paper' : value === info.default ? 'default' : undefined));
}

function stanzaItems(): CompletionItem[] {
  return paperStanzas().map((stanza, i) => ({
    label: stanza.label,
    kind: CompletionItemKind.Snippet,
    detail: 'IBM paper stanza',
    documentation: { kind: MarkupKind.Markdown, value: stanza.description },
    insertText: stanza.body,
    insertTextFormat: InsertTextFormat.Snippet,
    sortText: `~${i}`,
  }));
}
