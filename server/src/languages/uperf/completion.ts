import { CompletionItemKind, MarkupKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { contextAt, type XmlElement } from '../../formats/xml';
import type { Settings } from '../../service/types';
import { ATTRIBUTES, builtProtocols, ELEMENTS, FLOWOPS, OPTIONS, optionBuilt, optionUsedBy, PROTOCOLS } from './knowledge';
import type { UperfProfile } from './model';
import { snippetCompletions } from './snippets';

const CHILD: Record<string, string> = { '': 'profile', profile: 'group', group: 'transaction', transaction: 'flowop' };

function markdown(value: string) {
  return { kind: MarkupKind.Markdown, value };
}

function elementItems(parent: XmlElement | undefined, range: Range, withBracket: boolean): CompletionItem[] {
  const child = CHILD[parent?.name.toLowerCase() ?? ''];
  return ELEMENTS.filter((e) => !child || e.name === child).map((e) => ({
    label: e.name,
    kind: CompletionItemKind.Class,
    documentation: markdown(e.summary),
    textEdit: { range, newText: `${withBracket ? '<' : ''}${e.name}` },
  }));
}

function attributeItems(element: XmlElement, range: Range): CompletionItem[] {
  const name = element.name.toLowerCase();
  const present = new Set(element.attributes.map((a) => a.name.toLowerCase()));
  return ATTRIBUTES.filter((a) => (a.element === name || (a.name === 'name' && name === 'group')) && !present.has(a.name)).map((a) => ({
    label: a.name,
    kind: CompletionItemKind.Property,
    documentation: markdown(a.summary),
    textEdit: { range, newText: `${a.name}=""` },
  }));
}

/** Option keys the flowop's type uses (all keys when the type is not known yet), built ones only. */
function optionKeyItems(flowopType: string, range: Range, settings: Settings): CompletionItem[] {
  return OPTIONS.filter((o) => optionBuilt(o, settings) && (flowopType === '' || optionUsedBy(o, flowopType))).map((o) => ({
    label: o.name,
    kind: o.type === 'flag' ? CompletionItemKind.EnumMember : CompletionItemKind.Field,
    detail: o.type === 'flag' ? 'flag' : o.type,
    documentation: markdown(o.summary),
    textEdit: { range, newText: o.type === 'flag' ? o.name : `${o.name}=` },
  }));
}

function optionValueItems(key: string, range: Range, settings: Settings): CompletionItem[] {
  if (key === 'protocol') {
    const built = builtProtocols(settings);
    return PROTOCOLS.filter((p) => built.includes(p.name)).map((p) => ({ label: p.name, kind: CompletionItemKind.Value, documentation: markdown(p.summary), textEdit: { range, newText: p.name } }));
  }
  if (key === 'remotehost') return [{ label: '$h', kind: CompletionItemKind.Variable, documentation: markdown('The server host from the environment: `h=server uperf -m profile.xml`.'), textEdit: { range, newText: '$h' } }];
  return [];
}

export function computeCompletions(doc: TextDocument, parsed: UperfProfile, position: Position, settings: Settings): CompletionItem[] {
  const offset = doc.offsetAt(position);
  const { xml, text } = parsed;
  const context = contextAt(xml, offset);
  const here = parsed.rangeOf({ start: offset, end: offset });
  switch (context.kind) {
    case 'elementName':
      return elementItems(context.element.parent, parsed.rangeOf({ start: context.element.nameStart, end: context.element.nameEnd }), false);
    case 'attributeName': {
      const attribute = context.attribute;
      const range = attribute ? parsed.rangeOf({ start: attribute.nameStart, end: attribute.nameEnd }) : here;
      return attributeItems(context.element, range);
    }
    case 'attributeValue': {
      const { attribute, element } = context;
      const name = attribute.name.toLowerCase();
      if (name === 'type' && element.name.toLowerCase() === 'flowop') {
        return FLOWOPS.map((f) => ({ label: f.name, kind: CompletionItemKind.EnumMember, documentation: markdown(f.summary), textEdit: { range: parsed.rangeOf({ start: attribute.valueStart, end: attribute.valueEnd }), newText: f.name } }));
      }
      if (name !== 'options') return [];
      let pieceStart = offset;
      while (pieceStart > attribute.valueStart && !/[ \t\r\n]/.test(text[pieceStart - 1])) pieceStart--;
      let pieceEnd = offset;
      while (pieceEnd < attribute.valueEnd && !/[ \t\r\n]/.test(text[pieceEnd])) pieceEnd++;
      const piece = text.slice(pieceStart, offset);
      const equals = piece.indexOf('=');
      if (equals >= 0) {
        return optionValueItems(piece.slice(0, equals).toLowerCase(), parsed.rangeOf({ start: pieceStart + equals + 1, end: pieceEnd }), settings);
      }
      const type = element.attributes.find((a) => a.name.toLowerCase() === 'type')?.value?.toLowerCase() ?? '';
      return optionKeyItems(FLOWOPS.some((f) => f.name === type) ? type : '', parsed.rangeOf({ start: pieceStart, end: pieceEnd }), settings);
    }
    case 'closeTag':
      return [];
    case 'content': {
      const items = elementItems(context.parent, here, true);
      return context.parent ? items : [...items, ...snippetCompletions(here)];
    }
  }
}
