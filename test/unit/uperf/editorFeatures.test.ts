import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { computeCompletions } from '../../../server/src/languages/uperf/completion';
import { computeHover } from '../../../server/src/languages/uperf/hover';
import { matrixFiles } from '../../../server/src/languages/uperf/matrix';
import { parseUperf } from '../../../server/src/languages/uperf/model';
import { UPERF_SNIPPETS } from '../../../server/src/languages/uperf/snippets';
import { computeSymbols } from '../../../server/src/languages/uperf/symbols';
import { brief, lintUperf, uperfDoc, uperfSettings } from './lint';

const PROFILE = '<?xml version="1.0"?>\n<profile name="rr1c-200x1000--10">\n  <group nprocs="10">\n    <transaction iterations="1">\n      <flowop type="connect" options="remotehost=$h protocol=tcp tcp_nodelay"/>\n    </transaction>\n    <transaction duration="300s">\n      <flowop type="write" options="size=200"/>\n      <flowop type="read" options="size=1000"/>\n    </transaction>\n  </group>\n</profile>\n';

function hoverAt(text: string, needle: string, delta = 1): { value: string; range: [number, number, number, number] } | undefined {
  const doc = uperfDoc(text);
  const hover = computeHover(doc, parseUperf(text), doc.positionAt(text.indexOf(needle) + delta), uperfSettings());
  if (!hover?.range) return undefined;
  const { start, end } = hover.range;
  return { value: (hover.contents as MarkupContent).value, range: [start.line, start.character, end.line, end.character] };
}

function completionsAt(text: string, needle: string, delta: number, settings = uperfSettings()): string[] {
  const doc = uperfDoc(text);
  return computeCompletions(doc, parseUperf(text), doc.positionAt(text.indexOf(needle) + delta), settings).map((i) => i.label);
}

describe('uperf hovers', () => {
  it('on <profile>: the paper workload it is and the environment it needs', () => {
    const hover = hoverAt(PROFILE, '<profile')!;
    assert.deepEqual(hover.range, [1, 0, 1, 8]);
    assert.ok(hover.value.includes("**Paper workload:** nominal request-response (200-byte request, 1000-byte response); as rr1c-200x1000--10 it is one of the paper's 20 tests"), hover.value);
    assert.ok(hover.value.includes('**Environment:** uperf needs `h` set'), hover.value);
  });

  it('on an option key: the table entry and the value in bytes', () => {
    const hover = hoverAt(PROFILE.replace('size=1000', 'size=30k'), 'size=30k')!;
    assert.deepEqual(hover.range, [8, 35, 8, 43]);
    assert.ok(hover.value.startsWith('**size** — size\n\nBytes per operation'), hover.value);
    assert.ok(hover.value.endsWith('`size=30k`: 30720 bytes (30 KiB).'), hover.value);
  });

  it('on a flowop type and on a duration', () => {
    assert.ok(hoverAt(PROFILE, 'connect"')!.value.includes('- On the slave: accept\n- Needs: `remotehost`, `protocol`'));
    const duration = hoverAt(PROFILE.replace('300s', '30m'), 'duration="30m"')!;
    assert.ok(duration.value.endsWith('uperf reads `30m`: 30 ms.'), duration.value);
  });
});

describe('uperf completion', () => {
  const TEXT = '<profile>\n<group nthreads="1">\n<transaction>\n<flowop type="connect" options="remotehost=$h pro"/>\n<flowop type="read" options="size=1 "/>\n<flowop type="connect" options="protocol="/>\n</transaction>\n</group>\n</profile>\n';

  it('offers the option keys the flowop type uses', () => {
    const connect = completionsAt(TEXT, 'pro"', 3);
    assert.ok(connect.includes('protocol') && connect.includes('tcp_nodelay') && connect.includes('wndsz'));
    assert.ok(!connect.includes('size') && !connect.includes('busy'));
    const read = completionsAt(TEXT, 'size=1 ', 7);
    assert.ok(read.includes('size') && read.includes('timeout') && !read.includes('tcp_nodelay'));
    assert.ok(!connect.includes('sctp_nodelay') && completionsAt(TEXT, 'pro"', 3, uperfSettings({ uperfProtocols: ['sctp'] })).includes('sctp_nodelay'));
  });

  it('offers protocols of the build after protocol=, flowop types in type=', () => {
    assert.deepEqual(completionsAt(TEXT, 'protocol="', 9), ['tcp', 'udp']);
    assert.deepEqual(completionsAt(TEXT, 'protocol="', 9, uperfSettings({ uperfProtocols: ['vsock'] })), ['tcp', 'udp', 'vsock']);
    assert.deepEqual(completionsAt(TEXT, 'connect"', 2), ['read', 'write', 'connect', 'accept', 'disconnect', 'nop', 'think', 'send', 'recv', 'sendfile', 'sendfilev']);
  });

  it('offers the paper snippets in an empty profile file', () => {
    const labels = completionsAt('', '', 0);
    assert.deepEqual(labels.filter((l) => l.startsWith('uperf:')), UPERF_SNIPPETS.map((s) => s.label));
    assert.equal(UPERF_SNIPPETS.length, 7);
  });
});

describe('uperf snippets and the generated matrix pass kvmtune\'s own rules', () => {
  const expand = (body: string) => body.replace(/\$\{\d+:([^}]*)\}/g, '$1');

  it('every snippet expands to a profile with no error or warning', () => {
    for (const snippet of UPERF_SNIPPETS) {
      assert.deepEqual(lintUperf(`${expand(snippet.body)}\n`).filter((f) => f.severity !== 'info').map(brief), [], snippet.label);
    }
  });

  it('writes 20 paper-named profiles with no finding at all, and run-matrix.sh', () => {
    const files = matrixFiles();
    assert.equal(files.length, 21);
    for (const file of files.filter((f) => f.name.endsWith('.xml'))) {
      assert.deepEqual(lintUperf(file.text, uperfSettings(), `file:///m/${file.name}`).map(brief), [], file.name);
    }
    assert.deepEqual(files.slice(0, 5).map((f) => f.name), ['rr1c-1x1--1.xml', 'rr1c-1x1--10.xml', 'rr1c-1x1--50.xml', 'rr1c-1x1--250.xml', 'rr1c-200x1000--1.xml']);
    assert.ok(files.some((f) => f.name === 'str-writex30k--250.xml'));
    const script = files[20];
    assert.equal(script.name, 'run-matrix.sh');
    for (const fragment of ['set -euo pipefail', 'command -v uperf', 'h=$server "${run_with_limit[@]}" uperf -m "$here/$test.xml" -a -R -i 1 > "$out.txt"', 'run_with_limit=(timeout 1020)', 'mpstat -o JSON 1 306 > "$out.client.mpstat.json"', '"$run/run.json"']) {
      assert.ok(script.text.includes(fragment), fragment);
    }
    assert.ok(matrixFiles(2)[0].text.includes('<transaction duration="2s">'));
  });
});

describe('uperf outline', () => {
  it('lists groups, transactions and flowops as uperf names them', () => {
    const symbols = computeSymbols(uperfDoc(PROFILE), parseUperf(PROFILE));
    assert.deepEqual(symbols.map((s) => [s.name, s.detail, s.children?.map((t) => [t.name, t.detail, t.children?.map((f) => f.name)])]), [
      ['Group0', 'nprocs=10', [['Txn0', 'iterations=1', [['connect']].flat()], ['Txn1', 'duration=300s', ['write', 'read']]]],
    ]);
  });
});

describe('uperf environment code lens', () => {
  it('names the variables once, in first-use order, and none when the profile needs none', async () => {
    const { computeCodeLenses } = await import('../../../server/src/languages/uperf/codeLens');
    const text = PROFILE.replace('nprocs="10"', 'nprocs="$nthr"').replace('size=200', 'size=$h');
    assert.deepEqual(computeCodeLenses(uperfDoc(text), parseUperf(text)).map((l) => l.command?.title), ['uperf needs $nthr, $h set: nthr=… h=… uperf -m <profile>']);
    const plain = PROFILE.replace('$h', '10.0.0.2');
    assert.deepEqual(computeCodeLenses(uperfDoc(plain), parseUperf(plain)), []);
  });
});
