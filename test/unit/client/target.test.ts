import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compareVersions, describeChanges, knownKernels, OFFERED_KERNELS } from '../../../client/src/target/kernels';
import { sourceOf, statusText, tooltipMarkdown, tooltipRows, valueToWrite, type Target } from '../../../client/src/target/target';
import { SYSCTL_KEYS } from '../../../server/src/languages/sysctl/keyTable';

const ROOT = join(__dirname, '..', '..', '..');
const PAPER: Target = { kernel: '', environment: 'lab', platform: '', workload: '', topology: '', tunedVersion: '', uperfProtocols: [] };

describe('status bar text', () => {
  it('is "kvmtune: paper" when nothing is set', () => {
    assert.equal(statusText(PAPER), 'kvmtune: paper');
  });

  it('names kernel, a non-default environment and the platform, in that order', () => {
    assert.equal(statusText({ ...PAPER, kernel: '6.8', environment: 'production', platform: 's390x' }), 'kvmtune: 6.8 · production · s390x');
    assert.equal(statusText({ ...PAPER, kernel: '5.14' }), 'kvmtune: 5.14');
    assert.equal(statusText({ ...PAPER, environment: 'production' }), 'kvmtune: paper · production');
    assert.equal(statusText({ ...PAPER, workload: 'streaming', topology: 'multi-host' }), 'kvmtune: paper · streaming · multi-host');
  });
});

describe('status bar tooltip', () => {
  it('lists every target setting with where its value comes from', () => {
    const rows = tooltipRows({ ...PAPER, kernel: '6.8', uperfProtocols: ['sctp'] }, { kernel: 'workspace' });
    assert.deepEqual(rows, [
      { setting: 'kernel', value: '6.8', source: 'workspace' },
      { setting: 'environment', value: 'lab', source: 'default' },
      { setting: 'platform', value: 'not set', source: 'default' },
      { setting: 'workload', value: 'not set', source: 'default' },
      { setting: 'topology', value: 'not set', source: 'default' },
      { setting: 'tuned.version', value: 'not set: the current release', source: 'default' },
      { setting: 'uperf.protocols', value: 'tcp, udp, sctp', source: 'default' },
    ]);
    const markdown = tooltipMarkdown(PAPER);
    assert.match(markdown, /\| `kvmtune\.kernel` \| not set: judged as the paper does \| default \|/);
    assert.equal(markdown.split('\n').filter((l) => l.startsWith('| `kvmtune.')).length, 7);
  });

  it('every setting it lists is contributed by package.json', () => {
    const properties = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).contributes.configuration.properties;
    for (const row of tooltipRows(PAPER)) assert.ok(properties[`kvmtune.${row.setting}`], row.setting);
  });
});

describe('settings levels', () => {
  it('reports the most specific level that has a value', () => {
    assert.equal(sourceOf({ defaultValue: '' }), 'default');
    assert.equal(sourceOf({ defaultValue: '', globalValue: '5.14' }), 'user');
    assert.equal(sourceOf({ globalValue: '5.14', workspaceValue: '6.8' }), 'workspace');
    assert.equal(sourceOf({ workspaceValue: '6.8', workspaceFolderValue: '4.18' }), 'folder');
  });

  it('removes the entry instead of writing what the levels beneath already give', () => {
    assert.equal(valueToWrite({ defaultValue: '' }, 'workspace', ''), undefined);
    assert.equal(valueToWrite({ defaultValue: '', globalValue: '5.14' }, 'workspace', ''), '');
    assert.equal(valueToWrite({ defaultValue: '' }, 'workspace', '6.8'), '6.8');
    assert.equal(valueToWrite({ defaultValue: 'lab', workspaceValue: 'production' }, 'folder', 'production'), undefined);
    assert.equal(valueToWrite({ defaultValue: 'lab', workspaceValue: 'production' }, 'folder', 'lab'), 'lab');
    assert.equal(valueToWrite({ defaultValue: 'lab', globalValue: 'production' }, 'user', 'lab'), undefined);
  });
});

describe('kernels the picker offers', () => {
  it('are exactly the versions at which the sysctl key table changes something, newest first', () => {
    const versions = new Set<string>();
    for (const key of SYSCTL_KEYS) {
      for (const v of [key.introduced, key.noOpSince, key.removedIn, ...(key.defaults ?? []).map((d) => d.since)]) {
        if (v && /^\d+\.\d+$/.test(v)) versions.add(v);
      }
    }
    const offered = knownKernels(SYSCTL_KEYS).map((k) => k.version);
    assert.deepEqual([...offered].sort(), [...versions].sort());
    assert.deepEqual(offered, [...offered].sort((a, b) => compareVersions(b, a)));
    assert.ok(offered.includes('4.12') && offered.includes('4.14'), 'tcp_tw_recycle removal and tcp_low_latency no-op are in the table');
  });

  it('the picker offers exactly what the sysctl table says (the precomputed list is current)', () => {
    assert.deepEqual(OFFERED_KERNELS, knownKernels(SYSCTL_KEYS));
  });

  it('say what changes at each version, by key', () => {
    const rows = [
      { key: 'net.ipv4.a', removedIn: '5.13' },
      { key: 'net.ipv4.b', removedIn: '5.13' },
      { key: 'net.ipv4.tcp_limit_output_bytes', introduced: '3.6', defaults: [{ since: '3.6' }, { since: '6.16' }] },
      { key: 'net.ipv4.c', noOpSince: 'always' },
    ];
    assert.deepEqual(knownKernels(rows), [
      { version: '6.16', changes: ['tcp_limit_output_bytes new default'] },
      { version: '5.13', changes: ['a removed', 'b removed'] },
      { version: '3.6', changes: ['tcp_limit_output_bytes added', 'tcp_limit_output_bytes new default'] },
    ]);
    assert.equal(compareVersions('4.9', '4.10') < 0, true);
    assert.equal(describeChanges(['a', 'b', 'c', 'd']), 'a, b and 2 more');
    assert.equal(describeChanges(['a']), 'a');
  });

  it('name tcp_tw_recycle\'s removal at 4.12 and tcp_low_latency going quiet at 4.14', () => {
    const byVersion = new Map(knownKernels(SYSCTL_KEYS).map((k) => [k.version, k.changes]));
    assert.ok(byVersion.get('4.12')?.includes('tcp_tw_recycle removed'), JSON.stringify(byVersion.get('4.12')));
    assert.ok(byVersion.get('4.14')?.includes('tcp_low_latency ignored'), JSON.stringify(byVersion.get('4.14')));
  });
});
