import type { LanguageInputs } from './types';
import { attributeProbes } from './xmlProbes';

const SIZES = ['64', '512', '1k', '8k', '64k'];

/** A request/response transaction of `flowops` one-line flowops, as in oltpnet.xml or specweb.xml. */
function transaction(flowops: number, t: number): string[] {
  const head = t % 4 === 3 ? `    <transaction duration="30s">` : `    <transaction iterations="${1000 * (1 + (t % 3))}">`;
  const body = Array.from({ length: flowops }, (_, f) => {
    const size = SIZES[(t + f) % SIZES.length];
    if (f % 10 === 9) return `      <flowop type="think" options="duration=10us"/>`;
    return f % 2 === 0 ? `      <flowop type="write" options="size=${size}"/>` : `      <flowop type="read" options="size=${size}"/>`;
  });
  return [head, ...body, `    </transaction>`];
}

/** One group: connect once, the transactions, disconnect once. */
function group(g: number, flowops: number): string[] {
  const perTransaction = 40;
  const transactions = Math.max(1, Math.ceil(flowops / perTransaction));
  const lines = [
    `  <!-- client pool ${g}: connect once, then loop -->`,
    `  <group nthreads="${g % 3 === 0 ? 16 : 1}">`,
    `    <transaction iterations="1">`,
    // The odd finding, as in real files: tcp_nodelay is not set on the connection.
    `      <flowop type="connect" options="remotehost=$h protocol=${g % 2 ? 'tcp' : '$proto'}${g % 4 === 1 ? '' : ' tcp_nodelay'} wndsz=${SIZES[g % SIZES.length]}"/>`,
    `    </transaction>`,
  ];
  for (let t = 0, left = flowops; left > 0; t++, left -= perTransaction) lines.push(...transaction(Math.min(perTransaction, left), t + g));
  lines.push(`    <transaction iterations="1">`, `      <flowop type="disconnect"/>`, `    </transaction>`, `  </group>`);
  return transactions > 0 ? lines : [];
}

/** A profile with `flowops` flowops in loops of 40 per transaction, 200 per group. */
export function uperfProfile(flowops: number): string {
  const perGroup = 200;
  const groups = Math.max(1, Math.ceil(flowops / perGroup));
  const lines = [`<?xml version="1.0"?>`, `<profile name="oltp-mix">`];
  for (let g = 0, left = flowops; g < groups; g++, left -= perGroup) lines.push(...group(g, Math.min(perGroup, left)));
  lines.push(`</profile>`, '');
  return lines.join('\n');
}

export const uperfInputs: LanguageInputs = {
  fileName: 'profile.xml',
  typical: () => uperfProfile(120),
  large: () => ({ what: '2,000-flowop uperf profile', text: uperfProfile(2_000) }),
  // About one line per flowop (a transaction adds two, a group eight).
  lines: (n) => uperfProfile(Math.max(1, Math.round(n * 0.94))),
  probes: (text) => attributeProbes(text, '="'),
  pathological: [
    { what: 'n nested groups (n-deep)', operation: 'validate', text: (n) => `<profile name="p">${'<group nthreads="1">'.repeat(n)}${'</group>'.repeat(n)}</profile>\n`, sizes: [1_000, 10_000, 100_000] },
    { what: 'one flowop with n options', operation: 'validate', text: (n) => `<profile name="p"><group nthreads="1"><transaction iterations="1"><flowop type="write" options="${Array.from({ length: n }, (_, i) => `size=${i}`).join(' ')}"/></transaction></group></profile>\n` },
    { what: 'a comment of n characters', operation: 'validate', text: (n) => `<profile name="p"><!--${'x'.repeat(n)}--><group nthreads="1"/></profile>\n`, sizes: [10_000, 100_000, 1_000_000] },
    { what: 'n unknown symbols', operation: 'validate', text: (n) => `<profile name="p">\n${'<bogus a="1"/>\n'.repeat(n)}</profile>\n` },
  ],
};
