import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-types';
import { computeCompletions } from '../../../server/src/languages/ifcfg/completion';
import { computeHover } from '../../../server/src/languages/ifcfg/hover';
import { parseIfcfgText } from '../../../server/src/languages/ifcfg/parser';
import { computeSymbols } from '../../../server/src/languages/ifcfg/symbols';
import { ifcfgDoc, settings } from './lint';

const TEXT = 'DEVICE=enc600\nNETTYPE=qeth\nMTU=8192\nOPTIONS="layer2=1 buffer_count=128 checksumming=hw_checksumming"\nUSERCTL=no\nTXQUEUELEN=2500\nONBOOT=True\n';
const parsed = parseIfcfgText(TEXT);
const hoverAt = (line: number, character: number): Hover | null => computeHover(ifcfgDoc(TEXT), parsed, { line, character }, settings());
const textOf = (h: Hover | null) => (h?.contents as { value: string } | undefined)?.value ?? '';

describe('ifcfg hover', () => {
  it('on a key: type, range, readers, the paper and where initscripts differs', () => {
    const h = hoverAt(2, 1);
    assert.deepEqual(h?.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
    const text = textOf(h);
    assert.match(text, /^\*\*MTU\*\* — int/);
    assert.match(text, /- Range: 68 to 65535 bytes; `0` = NetworkManager: leave the MTU as the driver sets it\./);
    assert.match(text, /\*\*IBM paper:\*\* `MTU=8192`/);
    assert.match(text, /two 4 KiB pages/);
    assert.match(text, /With MacVTap the host is not part of path-MTU discovery/);
    assert.match(text, /HiperSockets: 8192 is the maximum with 16 KiB frames/);
    assert.match(text, /- initscripts: legacy initscripts `source` the file with bash/);
  });

  it('on one OPTIONS token: the qeth attribute, its range on that token only', () => {
    const h = hoverAt(3, 22);
    assert.deepEqual(h?.range, { start: { line: 3, character: 18 }, end: { line: 3, character: 34 } });
    const text = textOf(h);
    assert.match(text, /^\*\*buffer_count\*\* — qeth attribute `buffer_count`/);
    assert.match(text, /128 buffers take 8 MiB per device/);
    assert.match(text, /default is 64 on OSA and 128 on HiperSockets/);
    assert.match(textOf(hoverAt(3, 40)), /- Since then: removed in Linux 3\.0 \("qeth: convert to hw_features part 2"\)/);
  });

  it('on an initscripts-only key, a tunable without a key, and a boolean value', () => {
    assert.match(textOf(hoverAt(4, 2)), /- Read by: legacy initscripts \(ifup\) only — NetworkManager keeps the key in the file but ignores it\./);
    assert.match(textOf(hoverAt(5, 2)), /Paper: \*\*2500\*\* on 10 GbE and faster/);
    assert.match(textOf(hoverAt(5, 2)), /ATTR\{tx_queue_len\}="2500"/);
    assert.equal(textOf(hoverAt(6, 8)), 'NetworkManager reads this as **yes**.');
  });
});

describe('ifcfg completion and symbols', () => {
  const complete = (text: string, line: number, character: number) => computeCompletions(ifcfgDoc(text), parseIfcfgText(text), { line, character }, settings());

  it('completes keys, values (paper first) and OPTIONS attributes and their values', () => {
    const keys = complete('MT', 0, 2);
    const mtu = keys.find((i) => i.label === 'MTU');
    assert.deepEqual(mtu?.textEdit, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, newText: 'MTU=' });
    assert.deepEqual(complete('MTU=', 0, 4).map((i) => i.label), ['8192']);
    assert.deepEqual(complete('ONBOOT=', 0, 7).map((i) => i.label), ['yes', 'no']);
    const attrs = complete('OPTIONS="layer2=1 buf', 0, 21);
    const buffer = attrs.find((i) => i.label === 'buffer_count');
    assert.deepEqual(buffer?.textEdit, { range: { start: { line: 0, character: 18 }, end: { line: 0, character: 21 } }, newText: 'buffer_count=' });
    assert.deepEqual(complete('OPTIONS="checksumming=', 0, 22).map((i) => i.label), ['hw_checksumming', 'sw_checksumming', 'no_checksumming']);
  });

  it('lists assignments with OPTIONS tokens as children', () => {
    const symbols = computeSymbols(ifcfgDoc(TEXT), parsed);
    assert.deepEqual(symbols.map((s) => s.name), ['DEVICE', 'NETTYPE', 'MTU', 'OPTIONS', 'USERCTL', 'TXQUEUELEN', 'ONBOOT']);
    assert.deepEqual(symbols[3].children?.map((c) => [c.name, c.detail, c.selectionRange.start.character]), [['layer2', '1', 9], ['buffer_count', '128', 18], ['checksumming', 'hw_checksumming', 35]]);
  });
});
