import type { IfcfgKeyInfo, QethOptionInfo } from './keyTable';
import { NO_FILE_TUNABLES } from './tunables';

const READER_NAMES: Record<string, string> = {
  NetworkManager: "NetworkManager's ifcfg-rh plugin",
  initscripts: 'legacy initscripts (ifup)',
  installer: 'the installer (parm file / kickstart)',
};

/** What the legacy initscripts reader does differently, for every key. */
const LEGACY_NOTE =
  'Legacy initscripts `source` the file with bash: quoting, `$` expansion and commands follow full shell rules there, while NetworkManager accepts only plain assignments, reads `$VAR` literally and treats badly quoted values as empty.';

function readersLine(info: IfcfgKeyInfo): string {
  const names = info.readers.map((r) => READER_NAMES[r] ?? r).join(', ');
  if (!info.readers.includes('NetworkManager') && info.readers.includes('initscripts')) {
    return `**Read by:** ${names} only — NetworkManager keeps the key in the file but ignores it.`;
  }
  if (!info.readers.includes('initscripts') && info.readers.includes('NetworkManager')) return `**Read by:** ${names} only.`;
  return `**Read by:** ${names}.`;
}

function valuesLine(info: IfcfgKeyInfo): string | undefined {
  if (info.type === 'bool') return '**Values:** `yes`/`no` (NetworkManager also takes `true`/`false`, `y`/`n`, `t`/`f`, `1`/`0`, any case; initscripts compares with `yes`/`no` only).';
  if (info.values) return `**Values:**\n${Object.entries(info.values).map(([v, meaning]) => `- \`${v}\` — ${meaning}`).join('\n')}`;
  if (info.min !== undefined || info.max !== undefined) {
    const also = Object.entries(info.also ?? {}).map(([v, meaning]) => `; \`${v}\` = ${meaning}`).join('');
    return `**Range:** ${info.min ?? ''}..${info.max ?? ''}${info.unit ? ` ${info.unit}` : ''}${also}`;
  }
  if (info.suggest) return `**Common values:** ${info.suggest.map((v) => `\`${v}\``).join(', ')}`;
  return undefined;
}

export function keyMarkdown(info: IfcfgKeyInfo, written = info.name): string {
  const title = info.numbered && written !== info.name ? `**${written}** (${info.name}<n>)` : `**${info.name}${info.prefix ? '…' : ''}**`;
  const parts = [`${title} — ${info.type}`, '', info.summary];
  const values = valuesLine(info);
  if (values) parts.push('', values);
  if (info.default) parts.push('', `**Default:** ${info.default}`);
  parts.push('', readersLine(info));
  if (info.nmProperty) parts.push(`NetworkManager property: \`${info.nmProperty}\`.`);
  if (info.notes) parts.push('', info.notes);
  if (info.paper) parts.push('', `**IBM paper:** \`${info.name}=${info.paper.value}\` — ${info.paper.reason}`);
  if (info.name === 'MTU') parts.push('', mtuNotes());
  if (info.readers.includes('initscripts') && info.readers.includes('NetworkManager')) parts.push('', `*initscripts:* ${LEGACY_NOTE}`);
  return parts.join('\n');
}

function mtuNotes(): string {
  return [
    'The whole path must use the large MTU (every hop defaults to the smallest). With MacVTap the host is not part of path-MTU discovery: its MTU must be at least the guest\'s or large packets stall.',
    'OSA: up to the adapter\'s jumbo limit; HiperSockets: 8192 is the maximum with 16 KiB frames.',
    '',
    `Other paper tunables have no ifcfg key: ${NO_FILE_TUNABLES.map((t) => t.what).join(' and ')} — see the hover on a TXQUEUELEN or RPS_CPUS line, or docs/tunables-without-a-file.md.`,
  ].join('\n');
}

export function optionMarkdown(info: QethOptionInfo): string {
  const parts = [`**${info.name}** — qeth attribute \`${info.attribute}\` (${info.scope === 'l2' ? 'layer 2' : info.scope === 'l3' ? 'layer 3' : 'all devices'})`, '', info.summary, '', `**Values:** ${info.valuesText}`, `**Default:** ${info.default}`];
  if (info.offlineOnly) parts.push('Written while the device is offline only — which is why it belongs in OPTIONS (applied before `online=1`).');
  parts.push('', info.networkManager ? 'NetworkManager accepts it in OPTIONS.' : '**NetworkManager rejects the whole profile** when OPTIONS contains it; set it with `chzdev` instead.');
  if (info.status === 'removed') parts.push('', `**Removed from the kernel** in ${info.removedIn ?? 'an earlier release'}: the sysfs write fails.`);
  if (info.status === 'deprecated') parts.push('', '**Ignored** by current kernels.');
  if (info.notes) parts.push('', info.notes);
  if (info.paper) parts.push('', `**IBM paper:** \`${info.name}=${info.paper.value}\` — ${info.paper.reason}`);
  if (info.name === 'buffer_count') parts.push('', 'Memory: each buffer is 64 KiB on OSA, so 128 buffers take 8 MiB per device (the paper\'s "1 MB per buffer" and "default 16" describe the pre-2.6.26 driver; the default is 64 on OSA and 128 on HiperSockets today). Out-of-range writes are clamped to 8..128.');
  if (info.name === 'checksumming') parts.push('', 'Removed in Linux 3.0 ("qeth: convert to hw_features part 2"): checksum offload is an ethtool feature since then — `ETHTOOL_OPTS="-K <dev> rx on tx on"` — and current kernels enable the supported offloads by default. With `kvmtune.kernel` unset kvmtune follows the paper; set it to 3.0 or later to get the ethtool advice.');
  return parts.join('\n');
}
