import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { includeEntries } from '../../../server/src/languages/tuned/includes';
import { scanReferences, expandKnown } from '../../../server/src/languages/tuned/expansion';
import { parseTuned, profileFor } from '../../../server/src/languages/tuned/parser';
import { didYouMean } from '../../../server/src/languages/tuned/didYouMean';
import { compact, lintTuned, settingsWith, tunedDoc } from './lint';

const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

describe('tuned profile model', () => {
  it('merges repeated headers into one unit, names the plugin by type= or the section name, and copies [DEFAULT] in', () => {
    const profile = parseTuned(tunedDoc('[DEFAULT]\nx=1\n[net_a]\ntype=net\nmtu=8192\n[sysctl]\na=1\n[sysctl]\nb=2\n'));
    assert.deepEqual(profile.units.map((u) => [u.name, u.plugin, u.headers.length, u.options.map((o) => `${o.name}${o.fromDefault ? '*' : ''}`)]), [
      ['net_a', 'net', 1, ['type', 'mtu', 'x*']],
      ['sysctl', 'sysctl', 2, ['a', 'b', 'x*']],
    ]);
  });

  it('reads the text as tuned 2.17/2.18 did when that release is targeted (":" splits, no inline comments)', () => {
    const parsed = parseTuned(tunedDoc('[sysfs]\n/sys/bus/pci/devices/0000:00:1f.2/x=1 # c\n'));
    const old = profileFor(parsed, settingsWith({ tunedVersion: '2.18' }));
    assert.deepEqual([old.ini.options[0].name, old.ini.options[0].value], ['/sys/bus/pci/devices/0000', '00:1f.2/x=1 # c']);
    assert.deepEqual([parsed.ini.options[0].name, parsed.ini.options[0].value], ['/sys/bus/pci/devices/0000:00:1f.2/x', '1']);
    assert.equal(profileFor(parsed, settingsWith({ tunedVersion: '2.20' })), parsed);
  });

  it('splits include= at "," and ";" only, with ranges, optional "-" and basenames', () => {
    const profile = parseTuned(tunedDoc('[main]\ninclude=a, -b;../c d\n'));
    assert.deepEqual(includeEntries(profile.ini.options[0]).map((e) => [e.name, e.optional, e.hasBlank, e.range]), [
      ['a', false, false, range(1, 8, 9)],
      ['b', true, false, range(1, 11, 13)],
      ['c d', false, true, range(1, 14, 20)],
    ]);
  });

  it('finds ${…} references the way tuned\'s function parser pairs braces', () => {
    const scan = scanReferences('${a}-${f:cpulist2hex:${b}}\\${c}${i:PROFILE_DIR}}');
    assert.deepEqual(scan.references.map((r) => [r.kind, r.name, r.args, r.start, r.end, r.nested]), [
      ['variable', 'a', [], 0, 4, false],
      ['variable', 'b', [], 21, 25, true],
      ['function', 'cpulist2hex', ['${b}'], 5, 26, false],
      ['macro', 'PROFILE_DIR', [], 31, 47, false],
    ]);
    assert.deepEqual(scan.unbalanced, [{ offset: 47, char: '}' }]);
    assert.equal(expandKnown('${txq}0', new Map([['txq', '250']])), '2500');
    assert.equal(expandKnown('${f:exec:x}', new Map()), undefined);
  });

  it('suggests names case-insensitively first, then by small edit distance', () => {
    assert.deepEqual(didYouMean('Main', ['main', 'net']), ['main']);
    assert.deepEqual(didYouMean('txqueuelenght', ['txqueuelen', 'mtu']), ['txqueuelen']);
    assert.deepEqual(didYouMean('zzz', ['txqueuelen']), []);
  });
});

describe('sysctl settings rules in [sysctl], on the value as tuned writes it', () => {
  it('keep their sysctl-* ids and judge a double-quoted triple without its quotes', () => {
    const text = '[sysctl]\nnet.ipv4.tcp_rmem="4096 87380 1048576"\nnet.core.rmem_maxx=4136960\nnet.ipv4.tcp_tw_recycle=1\nnet.ipv4.tcp_tw_reuse=3\n';
    assert.deepEqual(compact(lintTuned(text)).filter(([id]) => id.startsWith('sysctl-')), [
      ['sysctl-unknown-key', 2, 0, 2, 18, 'error'],
      ['sysctl-removed-key', 3, 0, 3, 23, 'error'],
      ['sysctl-invalid-value', 4, 22, 4, 23, 'error'],
      ['sysctl-tcp-buffer-max', 1, 30, 1, 37, 'warning'],
    ]);
  });

  it('point at the written value when variables were expanded, and offer no fixes there', () => {
    const found = lintTuned('[variables]\nmax=1048576\n[sysctl]\nnet.core.rmem_max=${max}\n').find((f) => f.ruleId === 'sysctl-core-buffer-max')!;
    assert.deepEqual(found.range, range(3, 18, 24));
    assert.deepEqual(found.fixes, []);
    assert.ok(found.message.endsWith("(value after expanding variables: '1048576')"));
  });

  it('leave halt_poll_ns to tuned-misplaced-setting instead of sysctl-not-a-sysctl', () => {
    const ids = lintTuned('[sysctl]\nkvm.halt_poll_ns=80000\n').map((f) => f.ruleId);
    assert.ok(ids.includes('tuned-misplaced-setting'));
    assert.ok(!ids.includes('sysctl-not-a-sysctl'));
  });
});

describe('tuned rules survive hostile input', () => {
  it('binary, half-typed, huge and lone-CR text give findings, not exceptions', () => {
    const inputs = [
      Array.from({ length: 3000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(''),
      '[', '[main]\ninclude=', '[sysctl]\n=', '${', '[net]\nfeatures=', '[variables]\na=${a}\n', '[main]\rsummary=x\rinclude=a b',
      '[sysctl]\n' + 'net.core.rmem_max=4136960\n'.repeat(5000),
    ];
    for (const text of inputs) assert.doesNotThrow(() => lintTuned(text, settingsWith({ platform: 's390x', tunedVersion: '2.18' })), JSON.stringify(text.slice(0, 30)));
  });
});

describe('tuned include= by release', () => {
  it("treats '-name' as a required profile named '-name' before tuned 2.17", () => {
    const text = '[main]\ninclude=-site-extras\n';
    assert.deepEqual(compact(lintTuned(text, settingsWith({ tunedVersion: '2.16' }))), [['tuned-missing-include', 1, 8, 1, 20, 'error']]);
    assert.deepEqual(compact(lintTuned(text)), [['tuned-missing-include', 1, 8, 1, 20, 'info']]);
  });
});

describe('tuned [sysctl] keys by release', () => {
  it('before 2.22 slash keys work but VLAN interface keys cannot be set; from 2.22 the other way round', () => {
    const text = '[sysctl]\nnet.ipv4.conf.enc1000/10.rp_filter=1\nnet/ipv4/tcp_sack=1\n';
    const keyFindings = (version: string) => compact(lintTuned(text, settingsWith({ tunedVersion: version }))).filter(([id]) => id === 'tuned-sysctl-key');
    assert.deepEqual(keyFindings('2.21'), [['tuned-sysctl-key', 1, 0, 1, 34, 'error']]);
    assert.deepEqual(keyFindings('2.22'), [['tuned-sysctl-key', 2, 0, 2, 17, 'error']]);
  });
});

describe('tuned variables from included profiles', () => {
  it('says nothing about ${name} when an included shipped profile (or its parents) defines variables', () => {
    const ids = (include: string) => lintTuned(`[main]\ninclude=${include}\n[vm]\ndirty_bytes=\${x}\n`).map((f) => f.ruleId);
    assert.ok(!ids('network-throughput').includes('tuned-undefined-variable'), 'throughput-performance, its parent, has [variables]');
    assert.ok(ids('balanced').includes('tuned-undefined-variable'));
  });
});
