import type { LanguageInputs } from './types';

/** A KVM host's OSA uplink as RHEL writes it (ifcfg-enccw0.0.1000), tuned the paper's way. */
const DEVICE_HEADER = [
  '# /etc/sysconfig/network-scripts/ifcfg-enccw0.0.1000',
  '# OSA-Express7S 25GbE on CHPID 1C: uplink of the KVM guests (layer 2, port 0).',
  '# Keep SUBCHANNELS in step with `lszdev qeth` and the chzdev configuration.',
  'TYPE=Ethernet',
  'NAME="System enccw0.0.1000"',
  'DEVICE=enccw0.0.1000',
  'UUID=5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03',
  'ONBOOT=yes',
  'NM_CONTROLLED=yes',
  'BOOTPROTO=none',
  '',
  '# IBM Z qeth: read, write and data subchannels',
  'NETTYPE=qeth',
  'SUBCHANNELS=0.0.1000,0.0.1001,0.0.1002',
  "OPTIONS='layer2=1 portno=0 buffer_count=128 checksumming=hw_checksumming'",
  'MACADDR=02:00:00:23:65:1a',
  'PORTNAME=OSAPORT # left over from the z/VM days',
  'MTU=8192',
  'ETHTOOL_OPTS="-K enccw0.0.1000 rx on tx on"',
  '',
  '# IPv4',
  'IPADDR=10.20.0.5',
  'PREFIX=24',
  'GATEWAY=10.20.0.1',
  'DEFROUTE=yes',
  'IPV4_FAILURE_FATAL=no',
  'IPV4_ROUTE_METRIC=100',
  'DNS1=10.20.0.53',
  'DNS2=10.20.1.53',
  'DOMAIN="lab.example.com example.com"',
  'PEERDNS=no',
  '',
  '# IPv6',
  'IPV6INIT=yes',
  'IPV6_AUTOCONF=no',
  'IPV6ADDR=2001:db8:20::5/64',
  'IPV6ADDR_SECONDARIES="2001:db8:20::6/64 2001:db8:20::7/64"',
  'IPV6_DEFAULTGW=2001:db8:20::1',
  'IPV6_DEFROUTE=yes',
  'IPV6_FAILURE_FATAL=no',
  'IPV6_ADDR_GEN_MODE=stable-privacy',
  'IPV6_PRIVACY=no',
  '',
  'ZONE=internal',
  'USERCTL=no',
];

/** One secondary address block: the numbered keys NetworkManager reads as IPADDRn/PREFIXn/GATEWAYn. */
function addressBlock(n: number): string[] {
  const net = `10.${20 + Math.floor(n / 250) % 200}.${n % 250}`;
  const block = [`# guest network ${n} (VLAN ${100 + (n % 3900)})`, `IPADDR${n}=${net}.5`, n % 2 === 0 ? `PREFIX${n}=24` : `NETMASK${n}=255.255.255.0`, `GATEWAY${n}=${net}.1`, `METRIC${n}=${100 + n}`, ''];
  // The odd mistake a long hand-kept file collects: a typo, a prefix out of range, a value typed twice.
  if (n % 97 === 13) block[2] = `PREFIX${n}=33`;
  if (n % 211 === 7) block[4] = `METRC${n}=${100 + n}`;
  if (n % 389 === 5) block.splice(5, 0, `GATEWAY${n}=${net}.254`);
  return block;
}

function lines(n: number): string {
  const out = [...DEVICE_HEADER, ''];
  for (let block = 1; out.length < n; block += 1) out.push(...addressBlock(block));
  return out.slice(0, n).join('\n');
}

/** A hand-kept device file: the header plus a dozen secondary addresses. */
const typical = (): string => lines(DEVICE_HEADER.length + 1 + 12 * 6);

export const ifcfgInputs: LanguageInputs = {
  fileName: 'ifcfg-enccw0.0.1000',
  typical,
  large: () => ({ what: '10k-line ifcfg (qeth device, numbered addresses)', text: lines(10_000) }),
  lines,
  probes: (text) => {
    const all = text.split('\n');
    const result = [];
    const step = Math.max(1, Math.floor(all.length / 50));
    for (let line = 0; line < all.length && result.length < 60; line += line < DEVICE_HEADER.length ? 1 : step) {
      const equals = all[line].indexOf('=');
      if (equals > 0) result.push({ line, character: Math.floor(equals / 2) }, { line, character: equals + 2 }, { line, character: all[line].length });
    }
    return result;
  },
  pathological: [
    { what: '`MTU=8192` × n (one key repeated)', operation: 'validate', text: (n) => 'MTU=8192\n'.repeat(n) },
    { what: 'n distinct unknown keys (did-you-mean)', operation: 'validate', text: (n) => Array.from({ length: n }, (_, i) => `ETHTOOL_OPTION_${i}=1`).join('\n') },
    { what: 'OPTIONS with n tokens', operation: 'validate', text: (n) => `NETTYPE=qeth\nOPTIONS="${Array.from({ length: n }, (_, i) => (i % 2 ? `buffr_count=${i}` : `layer2=${i % 3}`)).join(' ')}"\n` },
    { what: 'a quoted value of n characters', operation: 'validate', text: (n) => `NAME="${'x'.repeat(n)}"\n`, sizes: [10_000, 100_000, 1_000_000] },
    { what: 'completion at the end of an OPTIONS value of n characters', operation: 'completeAtEnd', text: (n) => `OPTIONS="${'layer2=1 '.repeat(Math.ceil(n / 9))}`, sizes: [10_000, 100_000, 1_000_000] },
    { what: 'hover at the end of an n-character unknown key', operation: 'hoverAtEnd', text: (n) => `${'X'.repeat(n)}=1`, sizes: [10_000, 100_000, 1_000_000] },
  ],
};
