import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editDistance } from '../../../server/src/formats/editDistance';
import { SYSCTL_KEYS, isKnownKey, lookupKeyName, paperKeys, suggestKeys, tableKeyOf } from '../../../server/src/languages/sysctl/keyTable';
import { kernelKeyNames } from '../../../server/src/languages/sysctl/kernelKeys';
import otherKeys from '../../../server/src/languages/sysctl/other-keys.json';
import { describeQuantity, formatBytes, parseKernelInteger } from '../../../server/src/languages/sysctl/values';

describe('sysctl key table', () => {
  it('names only keys of plain characters (sysctl-unknown-key skips its shell-command and Unicode checks for them)', () => {
    const names = [...SYSCTL_KEYS.map((info) => info.key), ...kernelKeyNames(), ...otherKeys.names];
    for (const name of names) assert.match(name, /^[A-Za-z0-9_.<>-]+$/, name);
  });

  it('has about 200 keys, each with a type and a summary, no duplicates', () => {
    assert.ok(SYSCTL_KEYS.length >= 200);
    assert.equal(new Set(SYSCTL_KEYS.map((k) => k.key)).size, SYSCTL_KEYS.length);
    for (const info of SYSCTL_KEYS) assert.ok(info.type && info.summary.length > 10, info.key);
  });

  it("carries the paper's twelve chapter-7 values with a reason and what changed since", () => {
    const paper = paperKeys();
    assert.equal(paper.length, 12);
    assert.ok(paper.every((k) => k.paper!.reason && k.paper!.sinceThen && !k.paper!.value.includes('"')));
    assert.equal(lookupKeyName('net.ipv4.tcp_wmem')?.paper?.value, '4096 16384 4136960');
  });

  it('records kernel versions: removed, no-op and introduced', () => {
    assert.equal(lookupKeyName('net.ipv4.tcp_tw_recycle')?.removedIn, '4.12');
    assert.equal(lookupKeyName('net.ipv4.tcp_low_latency')?.noOpSince, '4.14');
    assert.equal(lookupKeyName('net.ipv4.tcp_limit_output_bytes')?.introduced, '3.6');
  });

  it('matches per-interface keys for any interface name', () => {
    assert.equal(tableKeyOf(['net', 'ipv6', 'conf', 'enc8000', 'disable_ipv6']), 'net.ipv6.conf.<iface>.disable_ipv6');
    assert.equal(lookupKeyName('net.ipv4.conf.bond0.rp_filter')?.type, 'enum');
    assert.equal(lookupKeyName('net.ipv4.tcp_rmem.extra'), undefined);
    assert.ok(isKnownKey('fs.file-max'.split('.')));
  });

  it('suggests close names by edit distance, substituting the interface', () => {
    assert.deepEqual(suggestKeys('net.ipv4.tcp_rmme'), ['net.ipv4.tcp_rmem']);
    assert.deepEqual(suggestKeys('net.ipv4.conf.eth1.rp_fliter'), ['net.ipv4.conf.eth1.rp_filter']);
    assert.deepEqual(suggestKeys('completely.different.name'), []);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('abcdef', 'x', 2), 3);
  });

  it('reads integers like the kernel and formats sizes', () => {
    assert.equal(parseKernelInteger('0x400'), 1024);
    assert.equal(parseKernelInteger('010'), 8);
    assert.equal(parseKernelInteger('-3'), -3);
    assert.equal(parseKernelInteger('1e3'), undefined);
    assert.equal(formatBytes(4136960), '3.95 MiB');
    assert.equal(formatBytes(16777216), '16 MiB');
    assert.equal(describeQuantity(1024, 'pages'), '4 MiB with 4 KiB pages');
    assert.equal(describeQuantity(300, 'packets'), undefined);
  });
});
