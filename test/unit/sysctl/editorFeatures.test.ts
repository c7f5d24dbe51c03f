import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { ADD_PAPER_SETTINGS_KIND, ADD_PAPER_SETTINGS_TITLE } from '../../../server/src/languages/sysctl/sourceActions';
import { PAPER_BLOCK, service, settings, sysctlDoc } from './lint';

function hoverText(text: string, line: number, character: number, overrides = {}): string {
  const hover = service.hover(sysctlDoc(text), { line, character }, settings(overrides));
  return hover ? (hover.contents as MarkupContent).value : '';
}

function complete(text: string, line: number, character: number): CompletionItem[] {
  return service.complete(sysctlDoc(text), { line, character }, settings());
}

describe('sysctl hover', () => {
  const text = 'net.ipv4.tcp_rmem = 4096 87380 4136960\nnet.ipv4.conf.eth0.rp_filter = 2\nnet.ipv4.tcp_limit_output_bytes = 131072\nfs.file-max = 1\nnet.ipv4.tcp_rmme = 1\n';

  it('on a key: type, range, default with sizes, unit, summary, the paper and what changed, doc link', () => {
    const value = hoverText(text, 0, 5);
    for (const fragment of [
      '**net.ipv4.tcp_rmem** — three integers, bytes',
      'TCP receive buffer: minimum kept even under pressure',
      '- Range: 1 to 2147483647 each; unsigned 32-bit (a minus sign, even -0, is refused); 3 numbers; fewer leave the rest as they are, more are ignored (checked against Linux 6.18.44)',
      '- Default: `4096 131072 6291456` (4 KiB, 128 KiB, 6 MiB) — 4.20+; middle value was 87380 before',
      '**IBM paper:** `4096 87380 4136960` (4 KiB, 85.33 KiB, 3.95 MiB).',
      '**Since then:** Since 4.20 the default is 4096 131072 6291456',
      '[Kernel documentation](https://docs.kernel.org/networking/ip-sysctl.html) · [rule sysctl-tcp-buffer-max](file://',
      '/docs/rules/sysctl-tcp-buffer-max.md)',
    ]) {
      assert.ok(value.includes(fragment), `missing ${fragment} in\n${value}`);
    }
  });

  it('on a per-interface key: matches the <iface> entry and lists the enum values', () => {
    const value = hoverText(text, 1, 20);
    assert.ok(value.startsWith('**net.ipv4.conf.eth0.rp_filter** — enumeration'), value);
    assert.ok(value.includes('- Values: `0` off, `1` strict, `2` loose'), value);
  });

  it('on tcp_limit_output_bytes: says that the paper value lowers the default of a modern target kernel', () => {
    assert.ok(hoverText(text, 2, 3, { kernel: '6.16' }).includes("**On Linux 6.16:** the default is 4194304; the paper's 131072 would lower it."));
    assert.ok(hoverText(text, 2, 3).includes('131072 now LOWERS the limit'));
    assert.ok(hoverText(text, 2, 3, { kernel: '3.10' }).includes("**On Linux 3.10:** the default is 131072; the paper's 131072 is that default."));
    assert.ok(hoverText(text, 2, 3).includes('The 3.x default (TCP Small Queues started with 128 KiB in 3.6)'));
  });

  it('on a member of a triple: which one it is, the size and the default and paper values', () => {
    assert.equal(
      hoverText(text, 0, 33),
      '**maximum (autotuning limit)** of `net.ipv4.tcp_rmem`\n\n`4136960` bytes = 3.95 MiB\n\nKernel default: `6291456`\n\nIBM paper: `4136960`',
    );
    assert.ok(hoverText(text, 0, 21).startsWith('**minimum** of `net.ipv4.tcp_rmem`'));
    assert.ok(hoverText(text, 0, 27).startsWith('**default (initial size)** of `net.ipv4.tcp_rmem`'));
  });

  it('on an enum value: its meaning', () => {
    assert.ok(hoverText(text, 1, 31).includes('`2`: loose'));
  });

  it('on keys without table data: known, or unknown with a suggestion', () => {
    assert.equal(hoverText(text, 3, 2), '**fs.file-max** — a kernel sysctl kvmtune has no description of.');
    assert.equal(hoverText(text, 4, 2), "**net.ipv4.tcp_rmme** — not in kvmtune's key table. Did you mean `net.ipv4.tcp_rmem`?");
  });

  it('nothing on comments, blanks or between tokens', () => {
    assert.equal(service.hover(sysctlDoc('# net.core.somaxconn\n\n'), { line: 0, character: 4 }, settings()), null);
    assert.equal(service.hover(sysctlDoc('# c\n\n'), { line: 1, character: 0 }, settings()), null);
  });
});

describe('sysctl completion', () => {
  it('completes keys under the typed dotted segments, with documentation, replacing what was typed', () => {
    const items = complete('net.ipv4.tcp_wm', 0, 15);
    const labels = items.map((i) => i.label);
    assert.deepEqual(labels, ['net.ipv4.tcp_wmem']);
    const [wmem] = items;
    assert.deepEqual(wmem.textEdit, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 15 } }, newText: 'net.ipv4.tcp_wmem' });
    assert.ok((wmem.documentation as MarkupContent).value.includes('TCP send buffer'));
    assert.equal(wmem.detail, 'IBM paper: 4096 16384 4136960');
  });

  it('offers every key on an empty line, per-interface keys for all and default, removed keys tagged and last', () => {
    const items = complete('# tuning\n', 1, 0);
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('net.ipv4.tcp_wmem'));
    assert.ok(labels.includes('net.ipv4.conf.all.rp_filter') && labels.includes('net.ipv4.conf.default.rp_filter'));
    assert.ok(!labels.includes('kernel.exec-shield'));
    const recycle = items.find((i) => i.label === 'net.ipv4.tcp_tw_recycle');
    assert.deepEqual(recycle?.tags, [1]);
    assert.ok(recycle!.sortText! > items.find((i) => i.label === 'net.ipv4.tcp_wmem')!.sortText!);
  });

  it('completes keys the kernel section knows but keys.json does not describe, after the described ones', () => {
    const [item] = complete('net.netfilter.nf_conntrack_tcp_timeout_time_w', 0, 45);
    assert.equal(item.label, 'net.netfilter.nf_conntrack_tcp_timeout_time_wait');
    assert.equal(item.detail, 'default 120');
    assert.match((item.documentation as MarkupContent).value, /Range: seconds kept as jiffies: at most ±8589934/);
    const neigh = complete('net.ipv4.neigh.', 0, 15).map((i) => i.label);
    assert.ok(neigh.includes('net.ipv4.neigh.default.base_reachable_time_ms') && !neigh.some((l) => l.includes('.neigh.all.')));
  });

  it('filters on segments: "net.core." lists only net.core keys', () => {
    const labels = complete('net.core.', 0, 9).map((i) => i.label);
    assert.ok(labels.length > 30);
    assert.ok(labels.every((l) => l.startsWith('net.core.')));
  });

  it('completes values: paper value first, then the default, then named values', () => {
    const items = complete('net.ipv4.tcp_tw_reuse = ', 0, 24);
    assert.deepEqual(items.map((i) => [i.label, i.detail]), [
      ['1', 'IBM paper value'],
      ['2', 'kernel default'],
      ['0', 'off'],
    ]);
    assert.deepEqual((items[0].textEdit as TextEdit).range, { start: { line: 0, character: 24 }, end: { line: 0, character: 24 } });
  });

  it('completes a triple value unquoted', () => {
    const [paper] = complete('net.ipv4.tcp_rmem =', 0, 19);
    assert.equal(paper.label, '4096 87380 4136960');
  });

  it('nothing inside comments', () => {
    assert.deepEqual(complete('# net.co', 0, 8), []);
  });
});

describe('sysctl source action: add the paper\'s network settings', () => {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

  it('appends the missing net.* settings unquoted, leaving those already set', () => {
    const doc = sysctlDoc('net.core.netdev_max_backlog = 30000');
    const [action] = service.codeActions(doc, range, [], settings(), ['source']);
    assert.equal(action.title, ADD_PAPER_SETTINGS_TITLE);
    assert.equal(action.kind, ADD_PAPER_SETTINGS_KIND);
    const [edit] = action.edit!.changes![doc.uri];
    assert.equal(
      edit.newText,
      [
        '',
        '',
        '# Network settings from the IBM paper "KVM Network Performance on IBM Z", chapter 7',
        ...PAPER_BLOCK.split('\n').filter((line) => line.startsWith('net.') && !line.startsWith('net.core.netdev_max_backlog')),
        '',
      ].join('\n'),
    );
  });

  it("uses the document's end-of-line for the lines it appends (CRLF and lone CR files stay consistent)", () => {
    for (const eol of ['\r\n', '\r']) {
      const doc = sysctlDoc(`net.core.netdev_max_backlog = 30000${eol}`);
      const [action] = service.codeActions(doc, range, [], settings(), ['source']);
      const { newText } = action.edit!.changes![doc.uri][0];
      assert.ok(newText.startsWith(`${eol}# Network settings`) && newText.endsWith(eol), JSON.stringify(newText));
      assert.equal(newText.split(eol).length, newText.split(/\r\n|\r|\n/).length, JSON.stringify(newText));
    }
  });

  it('after a last line ending in a lone CR in an LF file, goes on with CR instead of fusing a CRLF', () => {
    const text = '# kernel tuning\nnet.core.netdev_max_backlog = 30000\r';
    const doc = sysctlDoc(text);
    const [action] = service.codeActions(doc, range, [], settings(), ['source']);
    const [edit] = action.edit!.changes![doc.uri];
    assert.deepEqual(edit.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } });
    assert.ok(edit.newText.startsWith('\r# Network settings') && edit.newText.endsWith('\n'), JSON.stringify(edit.newText));
    assert.ok(!`${text}${edit.newText}`.includes('\r\n'), 'no CRLF in a file that had none');
  });

  it('leaves out settings that are obsolete or harmful on the target kernel', () => {
    const doc = sysctlDoc('');
    const [action] = service.codeActions(doc, range, [], settings({ kernel: '6.8' }), [ADD_PAPER_SETTINGS_KIND]);
    const text = action.edit!.changes![doc.uri][0].newText;
    assert.ok(!text.includes('tcp_low_latency') && !text.includes('tcp_limit_output_bytes'), text);
  });

  it("adds tcp_limit_output_bytes only where the paper's 131072 does not lower the target's default", () => {
    const added = (kernel: string) => service.codeActions(sysctlDoc(''), range, [], settings({ kernel }), [ADD_PAPER_SETTINGS_KIND])[0].edit!.changes!['file:///etc/sysctl.d/90-test.conf'][0].newText;
    assert.ok(added('3.10').includes('net.ipv4.tcp_limit_output_bytes = 131072'));
    assert.ok(!added('4.9').includes('tcp_limit_output_bytes'));
  });

  it('is not offered when everything is already set', () => {
    const doc = sysctlDoc(service.codeActions(sysctlDoc(''), range, [], settings(), ['source'])[0].edit!.changes!['file:///etc/sysctl.d/90-test.conf'][0].newText);
    assert.deepEqual(service.codeActions(doc, range, [], settings(), ['source']), []);
  });
});
