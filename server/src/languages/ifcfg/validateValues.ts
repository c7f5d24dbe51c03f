import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { isIPv4, isIPv6 } from 'node:net';
import type { Range } from 'vscode-languageserver-types';
import { valueSliceRange } from '../../formats/keyValue';
import { shorten } from '../../formats/messages';
import { lookupKey, type IfcfgKeyInfo } from './keyTable';
import type { IfcfgAssignment, IfcfgFile } from './parser';
import { valueSchema } from './schema';

export interface ValueProblem {
  assignment: IfcfgAssignment;
  info: IfcfgKeyInfo;
  range: Range;
  message: string;
}

/** A dotted IPv4 address whose 32 bits are ones, then zeros (read as a number: no strings per value). */
export function isNetmask(text: string): boolean {
  if (!isIPv4(text)) return false;
  let mask = 0;
  let octet = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? text.charCodeAt(i) : 46;
    if (code === 46) {
      mask = mask * 256 + octet;
      octet = 0;
    } else octet = octet * 10 + code - 48;
  }
  // Ones then zeros: the zeros inverted are a run of low ones, and a run of low ones plus one has no bit in common with it.
  const zeros = ~mask >>> 0;
  return (zeros & (zeros + 1)) === 0;
}

export function isIpv6WithPrefix(text: string): boolean {
  const [address, prefix, ...rest] = text.split('/');
  if (rest.length > 0 || !isIPv6(address)) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= 128);
}

/** NetworkManager's DNS server syntax: address, optional :port ([v6]:port), %interface and #server-name. */
export function isDnsServer(text: string): boolean {
  const withoutName = text.replace(/#[^#]+$/, '');
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?(?:%[^%]+)?$/.exec(withoutName);
  if (bracketed) return isIPv6(bracketed[1].replace(/%.*$/, ''));
  const withoutIface = withoutName.replace(/%[^%:]+$/, '');
  if (isIPv4(withoutIface) || isIPv6(withoutIface)) return true;
  const v4port = /^([0-9.]+):(\d{1,5})$/.exec(withoutIface);
  return v4port !== null && isIPv4(v4port[1]);
}

/** The string formats the ifcfg schema names, as NetworkManager reads them. */
export const IFCFG_FORMATS: Record<string, (text: string) => boolean> = {
  ipv4: isIPv4,
  'ipv4-netmask': isNetmask,
  'ip-address': (text) => isIPv4(text) || isIPv6(text),
  'ipv6-with-prefix': isIpv6WithPrefix,
  'dns-server': isDnsServer,
};

/**
 * One validator per key's value schema instead of the whole file schema on a `{ NAME: value }`
 * object: ajv would test every instance key against every numbered-key pattern (a 10k-line file
 * has thousands of IPADDRn). Each name matches exactly one schema entry, the one lookupKey finds,
 * so the errors are those of that entry. Keys with the same value schema share the validator.
 */
let ajv: Ajv | undefined;
const bySchema = new Map<string, ValidateFunction>();
const byInfo = new WeakMap<IfcfgKeyInfo, ValidateFunction>();

function validatorFor(info: IfcfgKeyInfo): ValidateFunction {
  let validate = byInfo.get(info);
  if (validate) return validate;
  // The description does not change what validates; without it keys of one shape share one function.
  const { description: _description, ...schema } = valueSchema(info);
  const key = JSON.stringify(schema);
  validate = bySchema.get(key);
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
      for (const [name, test] of Object.entries(IFCFG_FORMATS)) ajv.addFormat(name, test);
    }
    validate = ajv.compile(schema);
    bySchema.set(key, validate);
  }
  byInfo.set(info, validate);
  return validate;
}

/** The value typed for the schema; undefined when there is nothing to judge (empty = unset, bad quoting). */
function typedValue(info: IfcfgKeyInfo, assignment: IfcfgAssignment): number | string | undefined {
  const { property } = assignment;
  if (property.badQuoting || property.value === '') return undefined;
  if (info.also?.[property.value] !== undefined) return undefined;
  if (info.type === 'int' && /^-?[0-9]{1,15}$/.test(property.value)) return Number(property.value);
  return property.value;
}

/** Validates the assignment NetworkManager uses for each key (the last one) against its value schema. */
export function validateValues(file: IfcfgFile): ValueProblem[] {
  const problems: ValueProblem[] = [];
  // forEach, not for-of: the Map iterator allocates a result per step until this is optimised.
  file.effective.forEach((assignment) => {
    const problem = valueProblem(assignment);
    if (problem) problems.push(problem);
  });
  return problems;
}

function valueProblem(assignment: IfcfgAssignment): ValueProblem | undefined {
  const info = lookupKey(assignment.property.name);
  if (!info) return undefined;
  const typed = typedValue(info, assignment);
  if (typed === undefined) return undefined;
  const validate = validatorFor(info);
  if (validate(typed)) return undefined;
  const error = validate.errors?.[0];
  if (!error) return undefined;
  const { property } = assignment;
  return { assignment, info, range: valueSliceRange(property, 0, property.value.length), message: describe(error, info, property.name, property.value) };
}

const TYPE_WORDS: Partial<Record<IfcfgKeyInfo['type'], string>> = {
  bool: 'a boolean (yes/no, true/false, y/n, t/f, 1/0)',
  ipv4: 'an IPv4 address such as 192.0.2.10',
  'ipv4-mask': 'a dotted IPv4 netmask such as 255.255.255.0',
  ip: 'an IPv4 or IPv6 address',
  'dns-server': 'a DNS server address (optionally with :port, %interface or #server-name)',
  'ipv6-prefix': 'an IPv6 address with an optional /prefix, such as 2001:db8::10/64',
  mac: 'a MAC address such as 02:00:00:12:34:56',
  uuid: 'a UUID such as 5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03',
  ifname: 'an interface name (at most 15 characters, no "/" or blanks)',
};

/** The message for the first schema error of a value. */
export function describe(error: ErrorObject, info: IfcfgKeyInfo, name: string, value: string): string {
  const shown = `'${shorten(value)}'`;
  const consequence = info.type === 'bool' ? 'NetworkManager ignores it and uses the default' : 'NetworkManager rejects it';
  switch (error.keyword) {
    case 'minimum':
    case 'maximum': {
      const also = Object.keys(info.also ?? {});
      const range = `${info.min ?? ''}..${info.max ?? ''}${also.length ? ` (or ${also.join(', ')})` : ''}`;
      return `${name}=${shorten(value)} is outside ${range}; ${consequence}.`;
    }
    case 'type':
      return `${name} takes an integer; ${consequence} ${shown}.`;
    case 'enum':
      return `${name} must be one of ${Object.keys(info.values ?? {}).join(', ')}; ${consequence} ${shown}.`;
    case 'maxLength':
      return `${name} accepts at most ${String(error.params.limit)} characters; ${shown} is longer.`;
    default:
      if (info.type === 'enum') return `${name} must be one of ${Object.keys(info.values ?? {}).join(', ')} (any letter case); ${consequence} ${shown}.`;
      return `${name} takes ${TYPE_WORDS[info.type] ?? 'other text'}; ${shown} is not one, so ${consequence.replace('rejects it', 'rejects the value')}.`;
  }
}
