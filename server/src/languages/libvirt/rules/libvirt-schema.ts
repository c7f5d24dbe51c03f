import type { ErrorObject } from 'ajv';
import { shorten } from '../../../formats/messages';
import { attribute, pathBelowInterface, type LvElement, type LvInterface } from '../model';
import { checkInterfaceSchema, instanceValue, type SchemaProblem } from '../schemaCheck';
import { valueSchema } from '../schema';
import { surelyValid } from '../../../formats/schemaVerdict';
import { attributesOf, childNames, elementInfo, type AttributeInfo } from '../table';
import { interfaceRule, listOf } from './helpers';
import { closest } from './suggest';
import { libvirtRules } from './index';
import { editsAddNoError } from '../../../service/fixSafety';
import { parseLibvirt, parseLibvirtText } from '../parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';

/** What each table pattern means, for messages. */
const PATTERN_NAMES: Record<string, string> = {
  uniMac: 'a unicast MAC address: six colon-separated two-digit hex octets with an even second digit',
  uuid: 'a UUID (8-4-4-4-12 hex digits, or 32 hex digits)',
  deviceName: 'a device name (letters, digits, _ . - \\ : /)',
  bridgeName: 'a bridge name',
  modelName: 'a model name (letters, digits, - and _)',
  ipv4Addr: 'a dotted-quad IPv4 address',
  ipAddr: 'an IPv4 or IPv6 address',
  absFilePath: 'an absolute path',
  filePath: 'a path',
  aliasName: 'an alias (letters, digits, _ - .)',
  dnsName: 'a DNS name',
  hexOrDecimal: 'a decimal or 0x-prefixed hex number',
  ncName: 'an XML name',
  filterParamName: 'a filter variable name (letters, digits, _)',
  filterParamValue: 'a filter value (letters, digits, _ . :)',
  loadparm: '1 to 8 letters, digits, dots or spaces',
  genericName: 'a driver model name',
};

export const schema = interfaceRule({
  id: 'libvirt-schema',
  defaultSeverity: 'error',
  summary: "Against libvirt's RelaxNG schema for <interface>: unknown elements or attributes, elements given twice, missing required attributes, values outside their enumeration, pattern or range.",
  repairsSchema: true,
  // A corrected name or value can change how the rest is read (an attribute that becomes 'type'
  // makes the children checked against that type): only corrections that add no error are offered.
  check: (iface, { doc, parsed, settings }) => {
    const messages = schemaMessages(iface);
    return reported(iface).map((problem, index) => ({
      range: rangeOf(problem),
      message: messages[index],
      fixes: suggestionFixes(problem, iface.type).filter((fix) =>
        editsAddNoError(libvirtRules, schema.id, parseLibvirt, doc, parsed, settings, fix.edits)
        && (!retypes(problem, iface, fix.edits) || leavesFewerSchemaFindings(doc, parsed.interfaces.indexOf(iface), messages, fix.edits))),
    }));
  },
});

function reported(iface: LvInterface): SchemaProblem[] {
  return checkInterfaceSchema(iface.element).filter((p) => !(p.keyword === 'required' && p.pointer === '' && missing(p.error) === '@type'));
}

function schemaMessages(iface: LvInterface): string[] {
  return reported(iface).map((problem) => describe(problem, iface.type));
}

/**
 * A corrected interface type, or an attribute of <interface> renamed into `type` (`nype='direct'`):
 * the <source> and the type-specific elements are then read against that type.
 */
function retypes(problem: SchemaProblem, iface: LvInterface, edits: readonly TextEdit[]): boolean {
  if (problem.target.element !== iface.element) return false;
  return (problem.keyword === 'enum' && problem.target.attribute === 'type') || edits.some((edit) => edit.newText === 'type');
}

/**
 * The other rules' errors are counted by editsAddNoError; this rule's own are compared here, for a
 * corrected type: the interface must keep no finding it did not have, and lose at least one. Runs
 * only after editsAddNoError agreed, so within its budget of simulations per document.
 */
function leavesFewerSchemaFindings(doc: TextDocument, index: number, before: string[], edits: TextEdit[]): boolean {
  const after = parseLibvirtText(TextDocument.applyEdits(doc, edits)).interfaces[index];
  if (!after) return false;
  const messages = schemaMessages(after);
  return messages.length < before.length && messages.every((message) => before.includes(message));
}

function missing(error: ErrorObject): string {
  return String((error.params as { missingProperty?: string }).missingProperty ?? '');
}

function rangeOf({ keyword, target }: SchemaProblem) {
  if (target.attribute && VALUE_KEYWORDS.has(keyword)) return target.valueRange;
  return target.nameRange;
}

const VALUE_KEYWORDS = new Set(['enum', 'pattern', 'type', 'minimum', 'maximum', 'maxLength']);

function describe({ keyword, target, error }: SchemaProblem, type: string | undefined): string {
  const element = `<${target.element.name}>`;
  const where = target.attribute ? `'${target.attribute}' of ${element}` : element;
  const value = target.attribute ? attribute(target.element, target.attribute)?.value ?? '' : target.element.text;
  const info = target.attribute ? attributesOf(pathBelowInterface(target.element), type)[target.attribute] : undefined;
  const reject = "libvirt's schema rejects it (virsh define --validate, virt-xml-validate).";
  switch (keyword) {
    case 'additionalProperties': {
      const property = String((error.params as { additionalProperty: string }).additionalProperty);
      if (property.startsWith('@')) {
        const known = Object.keys(attributesOf(pathBelowInterface(target.element), type));
        const scope = target.element.name === 'source' && type ? ` for type='${type}'` : '';
        return `${element} has no attribute '${property.slice(1)}'${scope}${known.length ? ` (it takes ${listOf(known)})` : ''}; ${reject}`;
      }
      return `<${property}> is not allowed in <${target.element.parent?.name ?? 'interface'}>; ${reject}`;
    }
    case 'required': {
      const name = missing(error);
      if (name === 'source') return `<interface type='${type}'> needs a <source> element; ${reject}`;
      if (!name.startsWith('@')) return `${element} needs a <${name}> child; ${reject}`;
      return `${element} needs the attribute '${name.slice(1)}'; ${reject}`;
    }
    case 'maxItems':
      return `${element} may appear only once here; ${reject}`;
    case 'false schema':
      return `${element} is not allowed on <interface type='${type}'>; ${reject}`;
    case 'enum':
      return `'${shorten(value)}' is not a valid ${where}: expected ${listOf(Object.keys(info?.values ?? {}))}. ${reject}`;
    case 'pattern':
      return `'${shorten(value)}' is not ${PATTERN_NAMES[info?.pattern ?? ''] ?? 'valid'} (${where}); ${reject}`;
    case 'type':
      return `${where} takes an integer, not '${shorten(value)}'; ${reject}`;
    case 'minimum':
    case 'maximum':
      return `${where} must be ${rangeText(info, target.element.name)}, not ${shorten(value)}; ${reject}`;
    case 'maxLength':
      return `${where} is at most ${info?.maxLength} characters; ${reject}`;
    default:
      return `${where}: ${error.message ?? 'invalid'}; ${reject}`;
  }
}

function rangeText(info: AttributeInfo | undefined, element: string): string {
  const text = info ?? { min: undefined, max: undefined };
  if (text.min !== undefined && text.max !== undefined) return `between ${text.min} and ${text.max}`;
  if (text.min !== undefined) return `at least ${text.min}`;
  return element === 'sndbuf' ? 'a non-negative integer' : `at most ${text.max}`;
}

/** Values people copy from QEMU or other tools, with libvirt's name for the same thing. */
const KNOWN_ALIASES: Record<string, string> = {
  'driver/txmode/bh': 'iothread',
  'interface/type/macvtap': 'direct',
  'interface/type/tap': 'ethernet',
  'source/mode/macvtap': 'bridge',
  'driver/name/vhost-net': 'vhost',
  'driver/name/virtio-net': 'qemu',
};

function suggestionFixes({ keyword, target, error }: SchemaProblem, type: string | undefined) {
  if (keyword === 'enum' && target.attribute) {
    const info = attributesOf(pathBelowInterface(target.element), type)[target.attribute];
    const value = attribute(target.element, target.attribute)?.value ?? '';
    const best = KNOWN_ALIASES[`${target.element.name}/${target.attribute}/${value}`] ?? closest(value, Object.keys(info?.values ?? {}));
    return best ? [{ title: `Change to '${best}'`, edits: [{ range: target.valueRange, newText: best }], isPreferred: true }] : [];
  }
  if (keyword === 'additionalProperties') {
    const property = String((error.params as { additionalProperty: string }).additionalProperty);
    const path = pathBelowInterface(target.element);
    if (property.startsWith('@')) {
      const known = attributesOf(path, type);
      const best = closest(property.slice(1), Object.keys(known));
      // The value stays: a name whose schema rejects it would only trade this finding for another.
      const value = attribute(target.element, property.slice(1))?.value ?? '';
      if (!best || !surelyValid(valueSchema(known[best]), instanceValue(known[best], value))) return [];
      return [{ title: `Change to '${best}'`, edits: [{ range: target.nameRange, newText: best }] }];
    }
    const best = closest(property, childNames(pathBelowInterface(target.element.parent ?? target.element)));
    const renamed = best ? elementsToRename(target.element, best) : [];
    return best && renamed.length > 0 ? [{ title: `Change to '${best}'`, edits: renamed.map((e) => ({ range: e.nameRange, newText: best })) }] : [];
  }
  return [];
}

/**
 * The schema reports an unknown child name once for all its copies: renaming only the first would
 * leave the same finding on the next. Every copy is renamed, which a single-use element cannot take
 * (nor one already present): then there is no rename to offer.
 */
function elementsToRename(unknown: LvElement, best: string): LvElement[] {
  const siblings = unknown.parent?.children ?? [unknown];
  const copies = siblings.filter((c) => c.name === unknown.name);
  const parentPath = unknown.parent ? pathBelowInterface(unknown.parent) : '';
  const repeatable = elementInfo(parentPath === '' ? best : `${parentPath}/${best}`)?.repeatable === true;
  if (repeatable) return copies;
  return copies.length === 1 && !siblings.some((c) => c.name === best) ? copies : [];
}

