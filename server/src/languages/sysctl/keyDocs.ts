import { ruleDocUrl } from '../../ruleDocs';
import { entryMarkdown } from '../../formats/table';
import { kernelRangeText } from './kernelDocs';
import { kernelKeyOf } from './kernelKeys';
import { IFACE_PLACEHOLDER, isVectorType, type SysctlKeyInfo } from './keyTable';
import { describeQuantity, parseIntegers } from './values';

const TYPE_NAMES: Record<SysctlKeyInfo['type'], string> = {
  int: 'integer',
  bool: 'boolean (0/1)',
  enum: 'enumeration',
  bitmask: 'bit mask',
  pair: 'two integers',
  triple: 'three integers',
  string: 'text',
  'string-list': 'list of names',
  cpumask: 'hex CPU mask',
  portlist: 'port list',
};

export function typeName(info: SysctlKeyInfo): string {
  return TYPE_NAMES[info.type];
}

/** Where the kernel documents the key. */
export function kernelDocUrl(info: SysctlKeyInfo): string {
  if (info.key.startsWith('net.core.')) return 'https://docs.kernel.org/admin-guide/sysctl/net.html';
  if (info.key.startsWith('net.')) return 'https://docs.kernel.org/networking/ip-sysctl.html';
  if (info.key.startsWith('vm.')) return 'https://docs.kernel.org/admin-guide/sysctl/vm.html';
  return 'https://docs.kernel.org/admin-guide/sysctl/kernel.html';
}

/** Rules that speak about this key in particular, for links in hovers. */
export function rulesAbout(info: SysctlKeyInfo): string[] {
  const ids: string[] = [];
  if (info.removedIn) ids.push('sysctl-removed-key');
  if (info.noOpSince) ids.push('sysctl-noop-key');
  if (info.paperRule) ids.push(info.paperRule);
  return ids;
}

function withQuantity(value: string, info: SysctlKeyInfo): string {
  const numbers = parseIntegers(value);
  if (!numbers) return `\`${value}\``;
  const sizes = numbers.map((n) => describeQuantity(n, info.unit)).filter((s): s is string => s !== undefined);
  return sizes.length > 0 ? `\`${value}\` (${sizes.join(', ')})` : `\`${value}\``;
}

function rangeText(info: SysctlKeyInfo): string | undefined {
  const kernel = kernelKeyOf(info.key, info);
  if (kernel?.verified) return kernelRangeText(kernel, info.kernelNote);
  if (info.min === undefined && info.max === undefined) return info.kernelNote;
  const bounds = `${info.min ?? '…'} to ${info.max ?? '…'}${isVectorType(info.type) ? ' each' : ''}, enforced by the kernel`;
  return info.kernelNote ? `${bounds}; ${info.kernelNote}` : bounds;
}

function kernelText(info: SysctlKeyInfo): string | undefined {
  const parts: string[] = [];
  if (info.introduced) parts.push(`added in ${info.introduced}`);
  if (info.noOpSince) parts.push(info.noOpSince === 'always' ? 'has no effect' : `no effect since ${info.noOpSince}`);
  if (info.removedIn) parts.push(`removed in ${info.removedIn}${info.movedTo ? ` (moved to ${info.movedTo})` : ''}`);
  if (info.vendorOnly) parts.push(`only in ${info.vendorOnly}`);
  if (info.readOnly) parts.push('read-only');
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** The Markdown shown for a key in hovers and completion items, through the renderer every language shares. */
export function keyMarkdown(info: SysctlKeyInfo, shownKey = info.key): string {
  const notes = info.key.includes(IFACE_PLACEHOLDER) ? [{ label: `\`${IFACE_PLACEHOLDER}\``, text: '`all`, `default` or an interface name' }] : [];
  return entryMarkdown(
    {
      name: info.key,
      type: typeName(info),
      unit: info.unit,
      summary: info.summary,
      facts: [
        ['Range', rangeText(info)],
        ['Default', info.default !== undefined ? `${withQuantity(info.default, info)}${info.defaultNote ? ` — ${info.defaultNote}` : ''}` : info.defaultNote],
        ['Kernel', kernelText(info)],
      ],
      values: info.values,
      notes,
      paper: info.paper,
      docsUrl: kernelDocUrl(info),
      docsTitle: 'Kernel documentation',
      rules: rulesAbout(info),
    },
    { title: shownKey, ruleDocUrl, formatValue: (value) => withQuantity(value, info) },
  );
}
