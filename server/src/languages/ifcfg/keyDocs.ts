import { entryMarkdown, type TableEntry } from '../../formats/table';
import type { IfcfgKeyInfo, QethOptionInfo } from './keyTable';
import { NO_FILE_TUNABLES } from './tunables';

const READER_NAMES: Record<string, string> = {
  NetworkManager: "NetworkManager's ifcfg-rh plugin",
  initscripts: 'legacy initscripts (ifup)',
  installer: 'the installer (parm file / kickstart)',
};

/** What the legacy initscripts reader does differently, for every key both readers share. */
const LEGACY_NOTE =
  'legacy initscripts `source` the file with bash: quoting, `$` expansion and commands follow full shell rules there, while NetworkManager accepts only plain assignments, reads `$VAR` literally and treats badly quoted values as empty.';

const BOOL_VALUES = '`yes`/`no` (NetworkManager also takes `true`/`false`, `y`/`n`, `t`/`f`, `1`/`0`, any case; initscripts compares with `yes`/`no` only)';

function readers(info: IfcfgKeyInfo): string {
  const names = info.readers.map((r) => READER_NAMES[r] ?? r).join(', ');
  if (!info.readers.includes('NetworkManager') && info.readers.includes('initscripts')) return `${names} only — NetworkManager keeps the key in the file but ignores it.`;
  return info.readers.length === 1 ? `${names} only.` : `${names}.`;
}

function rangeText(info: IfcfgKeyInfo): string | undefined {
  if (info.min === undefined && info.max === undefined) return undefined;
  const also = Object.entries(info.also ?? {}).map(([v, meaning]) => `; \`${v}\` = ${meaning}`).join('');
  return `${info.min ?? '…'} to ${info.max ?? '…'}${info.unit ? ` ${info.unit}` : ''}${also}`;
}

const MTU_NOTES: { label: string; text: string }[] = [
  { label: 'Path', text: "the whole path must use the large MTU (every hop defaults to the smallest). With MacVTap the host is not part of path-MTU discovery: its MTU must be at least the guest's or large packets stall." },
  { label: 'Limits', text: "OSA: up to the adapter's jumbo limit; HiperSockets: 8192 is the maximum with 16 KiB frames." },
  { label: 'See also', text: `${NO_FILE_TUNABLES.map((t) => t.what).join(' and ')} have no ifcfg key — docs/tunables-without-a-file.md.` },
];

export function keyEntry(info: IfcfgKeyInfo): TableEntry {
  const notes: { label: string; text: string }[] = [{ label: 'Read by', text: readers(info) }];
  if (info.nmProperty) notes.push({ label: 'NetworkManager property', text: `\`${info.nmProperty}\`` });
  if (info.notes) notes.push({ label: 'Notes', text: info.notes });
  if (info.name === 'MTU') notes.push(...MTU_NOTES);
  if (info.readers.includes('initscripts') && info.readers.includes('NetworkManager')) notes.push({ label: 'initscripts', text: LEGACY_NOTE });
  return {
    name: info.name,
    type: info.type === 'bool' ? 'yes/no' : info.type,
    summary: info.summary,
    values: info.values,
    paper: info.paper ? { value: `${info.name}=${info.paper.value}`, reason: info.paper.reason } : undefined,
    facts: [
      ['Values', info.type === 'bool' ? BOOL_VALUES : info.suggest ? `common: ${info.suggest.map((v) => `\`${v}\``).join(', ')}` : undefined],
      ['Range', rangeText(info)],
      ['Default', info.default],
    ],
    notes,
  };
}

export function keyMarkdown(info: IfcfgKeyInfo, written = info.name): string {
  const title = info.numbered && written !== info.name ? `${written} (${info.name}<n>)` : `${info.name}${info.prefix ? '…' : ''}`;
  return entryMarkdown(keyEntry(info), { title });
}

const SCOPE: Record<string, string> = { l2: 'layer 2', l3: 'layer 3' };

export function optionEntry(info: QethOptionInfo): TableEntry {
  const notes: { label: string; text: string }[] = [];
  if (info.offlineOnly) notes.push({ label: 'Offline only', text: 'written while the device is offline — which is why it belongs in OPTIONS (applied before `online=1`).' });
  notes.push({ label: 'NetworkManager', text: info.networkManager ? 'accepts it in OPTIONS.' : '**rejects the whole profile** when OPTIONS contains it; set it with `chzdev` instead.' });
  if (info.status === 'deprecated') notes.push({ label: 'Status', text: '**ignored** by current kernels.' });
  if (info.notes) notes.push({ label: 'Notes', text: info.notes });
  if (info.name === 'buffer_count') notes.push({ label: 'Memory', text: "each buffer is 64 KiB on OSA, so 128 buffers take 8 MiB per device (the paper's \"1 MB per buffer\" and \"default 16\" describe the pre-2.6.26 driver; the default is 64 on OSA and 128 on HiperSockets today). Out-of-range writes are clamped to 8..128." });
  if (info.name === 'checksumming') notes.push({ label: 'Since then', text: 'removed in Linux 3.0 ("qeth: convert to hw_features part 2"): checksum offload is an ethtool feature since then — `ETHTOOL_OPTS="-K <dev> rx on tx on"` — and current kernels enable the supported offloads by default. With `kvmtune.kernel` unset kvmtune follows the paper; set it to 3.0 or later to get the ethtool advice.' });
  return {
    name: info.name,
    type: `qeth attribute \`${info.attribute}\` (${SCOPE[info.scope] ?? 'all devices'})`,
    summary: info.summary,
    facts: [
      ['Values', info.valuesText],
      ['Default', info.default],
      ['Removed', info.status === 'removed' ? `**from the kernel in ${info.removedIn ?? 'an earlier release'}**: the sysfs write fails.` : undefined],
    ],
    notes,
    paper: info.paper ? { value: `${info.name}=${info.paper.value}`, reason: info.paper.reason } : undefined,
  };
}

export function optionMarkdown(info: QethOptionInfo): string {
  return entryMarkdown(optionEntry(info));
}
