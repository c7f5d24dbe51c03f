import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { looksLikeTunedProfile } from '../../../server/src/languages/tuned';
import { tunedSupport } from '../../../server/src/languages/tuned/support';
import { detectLanguage } from '../../../server/src/languages/registry';
import { applyEdits } from '../../../server/src/service/fixes';
import { settingsWith, tunedDoc, lintTuned } from './lint';

const WORKSPACE = join(__dirname, '..', '..', 'fixtures', 'tuned', 'workspace');
const HOST = join(WORKSPACE, 'kvm-host', 'tuned.conf');
const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

function open(text: string, uri?: string) {
  const doc = tunedDoc(text, uri);
  return { doc, parsed: tunedSupport.parse(doc) };
}
function hoverText(hover: Hover | null): string {
  return (hover?.contents as MarkupContent | undefined)?.value ?? '';
}
const host = () => open(readFileSync(HOST, 'utf8'), pathToFileURL(HOST).toString());

describe('tuned hover', () => {
  it("on include=network-throughput shows what the merged profile sets and where it contradicts the paper", () => {
    const { doc, parsed } = host();
    const hover = tunedSupport.hover(doc, parsed, { line: 2, character: 25 }, settingsWith());
    assert.deepEqual(hover?.range, range(2, 19, 37));
    const text = hoverText(hover);
    assert.ok(text.startsWith('**network-throughput** — profile shipped with tuned 2.4.0'));
    assert.ok(text.includes('Loaded as: throughput-performance → network-throughput'));
    assert.ok(text.includes('- `net.ipv4.tcp_rmem` = `4096 131072 16777216` (from network-throughput); the paper sets `4096 87380 4136960`.'));
    assert.ok(text.includes('- `net.ipv4.tcp_wmem` = `4096 16384 16777216` (from network-throughput); the paper sets `4096 16384 4136960`.'));
  });

  it('on a [net] option gives type, version and the paper value', () => {
    const { doc, parsed } = host();
    const hover = tunedSupport.hover(doc, parsed, { line: 11, character: 3 }, settingsWith());
    assert.deepEqual(hover?.range, range(11, 0, 10));
    const text = hoverText(hover);
    assert.ok(text.startsWith('**txqueuelen** — integer ≥ 0'));
    assert.ok(text.includes('- Versions: since tuned 2.18'));
    assert.ok(text.includes('**IBM paper:** `2500`.'));
  });

  it('on a section names the plugin, and on IBM Z what does not work there', () => {
    const { doc, parsed } = open('[bootloader]\ncmdline=skew_tick=1\n');
    const text = hoverText(tunedSupport.hover(doc, parsed, { line: 0, character: 3 }, settingsWith({ platform: 's390x' })));
    assert.ok(text.startsWith('**[bootloader]** — tuned plugin `bootloader` (since tuned 2.4;'));
    assert.ok(text.includes('**On IBM Z:** IBM Z boots with zipl, not grub'));
  });

  it('on a [sysctl] key shows the sysctl key documentation and how tuned writes values', () => {
    const { doc, parsed } = open('[sysctl]\nnet.ipv4.tcp_rmem="4096 87380 4136960"\n');
    const hover = tunedSupport.hover(doc, parsed, { line: 1, character: 4 }, settingsWith());
    assert.deepEqual(hover?.range, range(1, 0, 17));
    const text = hoverText(hover);
    assert.ok(text.startsWith('**net.ipv4.tcp_rmem**'));
    assert.ok(text.includes('**In tuned:** one pair of surrounding double quotes is removed'));
  });

  it('on a [modules] parameter shows the module parameter table entry', () => {
    const { doc, parsed } = open('[modules]\nkvm=halt_poll_ns=80000\n');
    const hover = tunedSupport.hover(doc, parsed, { line: 1, character: 6 }, settingsWith());
    assert.deepEqual(hover?.range, range(1, 4, 22));
    assert.ok(hoverText(hover).startsWith('**kvm.halt_poll_ns** — uint, ns'));
    assert.ok(hoverText(hover).includes('**IBM paper:** `80000`.'));
  });
});

describe('tuned completion', () => {
  it('offers sections after "[", with main and variables first', () => {
    const { doc, parsed } = open('[');
    const labels = tunedSupport.complete(doc, parsed, { line: 0, character: 1 }, settingsWith()).sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((c) => c.label);
    assert.deepEqual(labels.slice(0, 2), ['main]', 'variables]']);
    assert.ok(labels.includes('net]') && labels.includes('sysctl]'));
  });

  it('offers the options of the section\'s plugin and the unit keywords', () => {
    const { doc, parsed } = open('[net_enc1000]\ntype=net\n\n');
    const items = tunedSupport.complete(doc, parsed, { line: 2, character: 0 }, settingsWith({ tuned: undefined, tunedVersion: '2.18' }));
    const labels = items.map((c) => c.label);
    assert.ok(labels.includes('txqueuelen') && labels.includes('devices'));
    assert.ok(!labels.includes('mtu'), 'mtu needs tuned 2.19');
    assert.deepEqual(items.find((c) => c.label === 'txqueuelen')?.textEdit, { range: range(2, 0, 0), newText: 'txqueuelen=' });
  });

  it('offers shipped profile names after include= and after a comma', () => {
    const { doc, parsed } = open('[main]\ninclude=virtual-host, net');
    const items = tunedSupport.complete(doc, parsed, { line: 1, character: 25 }, settingsWith());
    const item = items.find((c) => c.label === 'network-latency');
    assert.deepEqual(item?.textEdit, { range: range(1, 22, 25), newText: 'network-latency' });
    assert.equal(item?.detail, 'tuned 2.4.0');
    assert.ok(!items.some((c) => c.label === 'sst'), 'dropped after 2.13');
  });

  it('offers sysctl keys in [sysctl] and the paper value after "="', () => {
    const { doc, parsed } = open('[sysctl]\nnet.core.rm\nnet.ipv4.tcp_rmem=');
    const keys = tunedSupport.complete(doc, parsed, { line: 1, character: 11 }, settingsWith()).map((c) => c.label);
    assert.ok(keys.includes('net.core.rmem_max'));
    const values = tunedSupport.complete(doc, parsed, { line: 2, character: 18 }, settingsWith());
    assert.deepEqual(values[0].textEdit, { range: range(2, 18, 18), newText: '"4096 87380 4136960"' });
    assert.equal(values[0].detail, 'IBM paper value');
  });

  it('offers module parameters with the paper value in [modules]', () => {
    const { doc, parsed } = open('[modules]\nkvm=');
    const first = tunedSupport.complete(doc, parsed, { line: 1, character: 4 }, settingsWith()).sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0];
    assert.equal(first.label, 'halt_poll_ns=80000');
  });
});

describe('tuned navigation and actions', () => {
  it('Go to Definition on an include name opens the sibling profile; shipped profiles have none', () => {
    const { doc, parsed } = host();
    const sibling = pathToFileURL(join(WORKSPACE, 'site-base', 'tuned.conf')).toString();
    assert.deepEqual(tunedSupport.definition!(doc, parsed, { line: 2, character: 10 }, settingsWith()), [{ uri: sibling, range: range(0, 0, 0) }]);
    assert.deepEqual(tunedSupport.definition!(doc, parsed, { line: 2, character: 25 }, settingsWith()), []);
  });

  it('outlines sections with their options', () => {
    const { doc, parsed } = open('[main]\nsummary=x\n[sysctl]\nnet.core.rmem_max=4136960\n');
    const symbols = tunedSupport.symbols(doc, parsed);
    assert.deepEqual(symbols.map((s) => [s.name, s.children?.map((c) => c.name)]), [['[main]', ['summary']], ['[sysctl]', ['net.core.rmem_max']]]);
    assert.deepEqual(symbols[1].selectionRange, range(2, 1, 7));
  });

  it("'Add the paper's settings' adds what the profile lacks, into existing sections or new ones", () => {
    const text = '[main]\ninclude=virtual-host\n\n[sysctl]\nnet.core.rmem_max=4136960\n';
    const { doc, parsed } = open(text);
    const [action] = tunedSupport.sourceActions!(doc, parsed, settingsWith({ kernel: '6.8' }), range(0, 0, 0));
    assert.equal(action.title, "Add the paper's settings");
    const result = TextDocument.applyEdits(doc, action.edit!.changes![doc.uri]);
    assert.equal(
      result,
      '[main]\ninclude=virtual-host\n\n[sysctl]\nnet.core.rmem_max=4136960\nnet.core.netdev_max_backlog=25000\nnet.core.wmem_max=4136960\n' +
        'net.ipv4.tcp_congestion_control=cubic\nnet.ipv4.tcp_fin_timeout=1\nnet.ipv4.tcp_max_tw_buckets=450000\nnet.ipv4.tcp_rmem="4096 87380 4136960"\n' +
        'net.ipv4.tcp_tw_reuse=1\nnet.ipv4.tcp_wmem="4096 16384 4136960"\n\n[modules]\nkvm=halt_poll_ns=80000\n\n[net]\ntxqueuelen=2500\nmtu=8192\n',
    );
    const again = open(result);
    assert.deepEqual(tunedSupport.sourceActions!(again.doc, again.parsed, settingsWith({ kernel: '6.8' }), range(0, 0, 0)), []);
  });

  it('moves kvm.halt_poll_ns from [sysctl] into [modules], merging with an existing kvm line, keeping CRLF', () => {
    const text = '[sysctl]\r\nkvm.halt_poll_ns=80000\r\n[modules]\r\nkvm=halt_poll_ns_grow=2\r\n';
    const doc = tunedDoc(text);
    const finding = lintTuned(text).find((f) => f.ruleId === 'tuned-misplaced-setting')!;
    const fix = finding.fixes!.find((f) => f.title === 'Move to [modules] as kvm=halt_poll_ns=80000')!;
    assert.equal(applyEdits(doc, fix.edits), '[sysctl]\r\n[modules]\r\nkvm=halt_poll_ns_grow=2 halt_poll_ns=80000\r\n');
    const created = lintTuned('[sysctl]\nkvm.halt_poll_ns=80000\n').find((f) => f.ruleId === 'tuned-misplaced-setting')!.fixes![0];
    assert.equal(applyEdits(tunedDoc('[sysctl]\nkvm.halt_poll_ns=80000\n'), created.edits), '[sysctl]\n\n[modules]\nkvm=halt_poll_ns=80000\n');
  });
});

describe('tuned detection', () => {
  it('claims tuned.conf by name and profiles by content, but not other INI files', () => {
    assert.equal(detectLanguage('/etc/tuned/profiles/kvm/tuned.conf', '')?.id, 'tuned');
    assert.equal(detectLanguage('/tmp/profile.ini', '[main]\ninclude=virtual-host\n[sysctl]\nnet.core.rmem_max=1\n')?.id, 'tuned');
    assert.equal(looksLikeTunedProfile('[main]\nname=x\n[other]\na=1\n'), false);
  });
});

describe('tuned hover on a workspace include', () => {
  it('shows the sibling profile\'s summary and settings', () => {
    const { doc, parsed } = host();
    const text = hoverText(tunedSupport.hover(doc, parsed, { line: 2, character: 10 }, settingsWith()));
    assert.ok(text.startsWith('**site-base** — profile in this workspace (`../site-base/tuned.conf`, like /etc/tuned/site-base;'));
    assert.ok(text.includes('Site defaults shared by every KVM host'));
    assert.ok(text.includes('- [sysctl] `net.core.netdev_max_backlog=25000`'));
  });
});

describe('tuned section completion inside brackets', () => {
  it('replaces an existing closing bracket', () => {
    const { doc, parsed } = open('[ne]\n');
    const item = tunedSupport.complete(doc, parsed, { line: 0, character: 3 }, settingsWith()).find((c) => c.label === 'net]');
    assert.deepEqual(item?.textEdit, { range: range(0, 1, 4), newText: 'net]' });
  });
});

describe('tuned snippets', () => {
  it('expand to profiles with no error or warning (only the info notes)', () => {
    const snippets = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'snippets', 'tuned.json'), 'utf8')) as Record<string, { body: string[] }>;
    for (const [name, snippet] of Object.entries(snippets)) {
      const text = snippet.body.join('\n').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d/g, '');
      const loud = lintTuned(text, settingsWith({ platform: 's390x' })).filter((f) => f.severity !== 'info');
      assert.deepEqual(loud.map((f) => f.ruleId), [], name);
    }
  });
});
