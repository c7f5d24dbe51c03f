// Texts and settings for checking that the per-key and per-value caches of the sysctl rules give
// the findings of a run in which nothing was cached yet.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { sysctlSupport } from '../../../server/src/languages/sysctl/support';
import { runRules } from '../../../server/src/service/diagnostics';
import { DEFAULT_SETTINGS, type KvmDiagnostic, type Settings } from '../../../server/src/service/types';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'sysctl');

const filesIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.conf'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));

/** The same values on many keys and keys whose bounds follow other keys, where a cache could leak a verdict. */
const SHARED_VALUES = [
  'net.ipv4.tcp_sack = 2',
  'net.ipv4.conf.eth0.forwarding = 2',
  'net.ipv4.tcp_syn_retries = 2',
  'net.core.somaxconn = 08',
  'net.ipv4.tcp_sack = 08',
  'net.ipv4.ip_local_port_range = 1024 65000',
  'net.ipv4.ip_unprivileged_port_start = 2000',
  'net.ipv4.ip_unprivileged_port_start = 2000',
  'net.ipv4.ip_local_port_range = 3000 65000',
  'net.ipv4.ipfrag_high_thresh = 100',
  'net.ipv4.tcp_low_latency = 2',
  'net.ipv4.tcp_tw_recycle = 1',
  'net.ipv4.tcp_limit_output_bytes = 262144',
  'net.ipv4.tcp_fin_timeout = 1',
  'kernel.randomize_va_space = 0',
  'net.ipv4/tcp_sack = 1',
  'net.ipv4.conf.eth0/100.rp_filter = 2',
  // One name, three shapes: per name only the plain dotted one may share a resolution.
  'net.ipv4.conf.eth0.100.rp_filter = 2',
  'net/ipv4/conf/eth0.100/rp_filter = 2',
  'net.ipv4.conf.eth0/100.rp_filter = 2',
  '-net.ipv4.tcp_nope',
  'net.ipv4.tcp_rmme = 1',
].join('\n');

export const CACHE_TEXTS: readonly string[] = [...filesIn(join(FIXTURES, 'rules')), ...filesIn(join(FIXTURES, 'corpus')), readFileSync(join(FIXTURES, 'paper-chapter7.conf'), 'utf8'), SHARED_VALUES];

export const CACHE_SETTINGS: Record<string, Settings> = {
  default: DEFAULT_SETTINGS,
  old: { ...DEFAULT_SETTINGS, kernel: '4.9' },
  newProduction: { ...DEFAULT_SETTINGS, kernel: '6.30', environment: 'production' },
};

export function findingsOf(texts: readonly string[], settings: Settings): KvmDiagnostic[][] {
  return texts.map((text, i) => {
    const doc = TextDocument.create(`file:///cache/${i}/sysctl.conf`, 'sysctl', 1, text);
    return runRules(sysctlSupport, doc, sysctlSupport.parse(doc), settings, (id) => id);
  });
}
