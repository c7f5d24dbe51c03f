import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseIfcfgText } from '../../../server/src/languages/ifcfg/parser';
import { computeSourceActions } from '../../../server/src/languages/ifcfg/sourceActions';
import { MAX_SUGGESTED_NAMES } from '../../../server/src/service/limits';
import { applyFix, brief, ifcfgDoc, lint, settings } from './lint';

const QETH = 'DEVICE=enc600\nNETTYPE=qeth\nSUBCHANNELS=0.0.0600,0.0.0601,0.0.0602\nMTU=8192\n';
const one = (text: string, rule: string, raw: Record<string, unknown> = {}) => {
  const found = lint(text, raw).filter((d) => d.code === rule);
  assert.equal(found.length, 1, found.map(brief).join('\n'));
  return found[0];
};

describe('ifcfg fixes edit only what they must', () => {
  it('adds buffer_count=128 inside an existing double-quoted OPTIONS, keeping the other tokens', () => {
    const text = `${QETH}OPTIONS="layer2=1 portno=0 checksumming=hw_checksumming"\n`;
    const d = one(text, 'ifcfg-paper-buffer-count');
    assert.equal(brief(d), '4:8-56 warning ifcfg-paper-buffer-count');
    assert.equal(d.data.fixes[0].isPreferred, false);
    assert.equal(applyFix(text, d), `${QETH}OPTIONS="layer2=1 portno=0 checksumming=hw_checksumming buffer_count=128"\n`);
  });

  it('keeps single quotes, and quotes an unquoted single-token OPTIONS when it grows', () => {
    const single = `${QETH}OPTIONS='layer2=1 checksumming=hw_checksumming'\r\n`;
    assert.equal(applyFix(single, one(single, 'ifcfg-paper-buffer-count')), `${QETH}OPTIONS='layer2=1 checksumming=hw_checksumming buffer_count=128'\r\n`);
    const bare = `${QETH}OPTIONS=layer2=1\n`;
    assert.equal(applyFix(bare, one(bare, 'ifcfg-paper-buffer-count')), `${QETH}OPTIONS="layer2=1 buffer_count=128"\n`);
  });

  it('removes a lone PORTNAME line; with several, the duplicates go first (removing the last would only make the one before it count)', () => {
    const single = `${QETH}PORTNAME=OSAPORT\n`;
    assert.equal(applyFix(single, one(single, 'ifcfg-qeth-option'), 'Remove the PORTNAME line'), QETH);
    const twice = `${QETH}PORTNAME=A\nPORTNAME=B\n`;
    const last = one(twice, 'ifcfg-qeth-option');
    assert.deepEqual([brief(last), last.data.fixes.map((f) => f.title)], ['5:0-8 info ifcfg-qeth-option', []]);
    const duplicate = one(twice, 'ifcfg-duplicate-key');
    const once = applyFix(twice, duplicate, 'Remove the ignored line');
    assert.equal(once, `${QETH}PORTNAME=B\n`);
    assert.equal(applyFix(once, one(once, 'ifcfg-qeth-option'), 'Remove the PORTNAME line'), QETH);
  });

  it('raises a low buffer_count in place', () => {
    const text = `${QETH}OPTIONS="buffer_count=64 checksumming=hw_checksumming"\n`;
    assert.equal(applyFix(text, one(text, 'ifcfg-paper-buffer-count')), `${QETH}OPTIONS="buffer_count=128 checksumming=hw_checksumming"\n`);
  });

  it('adds an OPTIONS line in the file\'s own line ending when there is none', () => {
    const text = QETH.replace(/\n/g, '\r\n');
    const d = one(text, 'ifcfg-paper-buffer-count');
    assert.equal(brief(d), '0:0-6 warning ifcfg-paper-buffer-count');
    assert.equal(applyFix(text, d), `${text.slice(0, -2)}\r\nOPTIONS="buffer_count=128"\r\n`);
  });

  it('checksumming: the paper\'s token without a kernel; with kernel 6.8 the token goes and ETHTOOL_OPTS comes', () => {
    const text = `${QETH}OPTIONS="buffer_count=128 checksumming=sw_checksumming layer2=1"\n`;
    const paper = one(text, 'ifcfg-paper-checksumming');
    assert.match(paper.message, /removed in Linux 3\.0; set kvmtune\.kernel/);
    assert.equal(applyFix(text, paper), text.replace('sw_checksumming', 'hw_checksumming'));
    const modern = one(text, 'ifcfg-paper-checksumming', { kernel: '6.8' });
    assert.equal(brief(modern), '4:26-54 warning ifcfg-paper-checksumming');
    assert.equal(applyFix(text, modern), `${QETH}OPTIONS="buffer_count=128 layer2=1"\nETHTOOL_OPTS="-K enc600 rx on tx on"\n`);
    assert.deepEqual(lint(`${QETH}OPTIONS="buffer_count=128"\n`, { kernel: '6.8' }).filter((d) => d.code === 'ifcfg-paper-checksumming'), []);
    assert.equal(lint(`${QETH}OPTIONS="buffer_count=128"\n`, { kernel: '2.6' }).filter((d) => d.code === 'ifcfg-paper-checksumming').length, 1);
  });

  it('checksumming on 3.0+: extends an existing ETHTOOL_OPTS with "; -K <dev> rx on tx on"', () => {
    const text = `${QETH}OPTIONS="checksumming=hw_checksumming buffer_count=128"\nETHTOOL_OPTS="-G enc600 rx 4096"\n`;
    assert.equal(applyFix(text, one(text, 'ifcfg-paper-checksumming', { kernel: '4.18' })), `${QETH}OPTIONS="buffer_count=128"\nETHTOOL_OPTS="-G enc600 rx 4096; -K enc600 rx on tx on"\n`);
  });

  it('checksumming on 3.0+: a repeated token goes with all its repeats (one left behind would fail the same way)', () => {
    const text = `${QETH}OPTIONS="checksumming=sw_checksumming checksumming=x buffer_count=128 checksumming=hw_checksumming layer2=1 checksumming=y"\n`;
    const modern = one(text, 'ifcfg-paper-checksumming', { kernel: '6.8' });
    const fixed = applyFix(text, modern);
    assert.equal(fixed, `${QETH}OPTIONS="buffer_count=128 layer2=1"\nETHTOOL_OPTS="-K enc600 rx on tx on"\n`);
    assert.deepEqual(lint(fixed, { kernel: '6.8' }).filter((d) => d.code === 'ifcfg-paper-checksumming'), []);
  });

  it('a rename into NETTYPE is offered only when the qeth checks it turns on find no new error', () => {
    const three = 'DEVICE=enc600\nETTYPE=qeth\nSUBCHANNELS=0.0.0600,0.0.0601,0.0.0602\n';
    const offered = one(three, 'ifcfg-unknown-key');
    assert.deepEqual([brief(offered), offered.data.fixes.map((f) => f.title)], ['1:0-6 warning ifcfg-unknown-key', ["Change to 'NETTYPE'"]]);
    assert.equal(applyFix(three, offered), three.replace('ETTYPE', 'NETTYPE'));
    // Two subchannels are fine until NETTYPE=qeth asks for three: the suggestion stays, the fix goes.
    const two = 'DEVICE=enc600\nETTYPE=qeth\nSUBCHANNELS=0.0.0600,0.0.0601\n';
    const withheld = one(two, 'ifcfg-unknown-key');
    assert.match(withheld.message, /Did you mean 'NETTYPE'\?$/);
    assert.deepEqual(withheld.data.fixes, []);
  });

  it('did-you-mean stops after MAX_SUGGESTED_NAMES distinct unknown keys; later new ones are still reported', () => {
    const others = Array.from({ length: MAX_SUGGESTED_NAMES }, (_, i) => `X_UNLISTED_${i}=1\n`).join('');
    const unknown = lint(`ONBOT=yes\n${others}ONBOT=no\nONBOTT=no\n`).filter((d) => d.code === 'ifcfg-unknown-key');
    assert.equal(unknown.length, MAX_SUGGESTED_NAMES + 3);
    // ONBOT was worked out first: written again after the budget is spent, it keeps its suggestion.
    assert.deepEqual([unknown[0], unknown[MAX_SUGGESTED_NAMES + 1]].map((d) => d.data.fixes.map((f) => f.title)), [["Change to 'ONBOOT'"], ["Change to 'ONBOOT'"]]);
    const last = unknown[MAX_SUGGESTED_NAMES + 2];
    assert.deepEqual([brief(last), last.message, last.data.fixes], [`${MAX_SUGGESTED_NAMES + 2}:0-6 warning ifcfg-unknown-key`, "Unknown key 'ONBOTT': NetworkManager keeps it in the file but it has no effect.", []]);
  });

  it('one unknown key written many times gets the same suggestion on every line (the budget counts names, not lines)', () => {
    const unknown = lint('ONBOT=yes\n'.repeat(MAX_SUGGESTED_NAMES + 5)).filter((d) => d.code === 'ifcfg-unknown-key');
    assert.equal(unknown.length, MAX_SUGGESTED_NAMES + 5);
    assert.deepEqual(new Set(unknown.map((d) => `${d.message} | ${d.data.fixes.map((f) => f.title).join()}`)), new Set(["Unknown key 'ONBOT': NetworkManager keeps it in the file but it has no effect. Did you mean 'ONBOOT'? | Change to 'ONBOOT'"]));
  });

  it('MTU: replaces only the number inside quotes; missing MTU adds a line', () => {
    const text = 'DEVICE=enc600\nNETTYPE=qeth\nMTU="1492"\nOPTIONS="buffer_count=128 checksumming=hw_checksumming"\n';
    assert.equal(applyFix(text, one(text, 'ifcfg-paper-mtu')), text.replace('"1492"', '"8192"'));
    const missing = 'DEVICE=eth0\nTYPE=Ethernet\n';
    assert.deepEqual(lint(missing).filter((d) => d.code === 'ifcfg-paper-mtu'), []);
    const guest = one(missing, 'ifcfg-paper-mtu', { platform: 's390x' });
    assert.equal(applyFix(missing, guest), 'DEVICE=eth0\nTYPE=Ethernet\nMTU=8192\n');
    assert.deepEqual(lint('DEVICE=eth1\nBRIDGE=br0\n', { platform: 's390x' }).filter((d) => d.code === 'ifcfg-paper-mtu'), []);
  });

  it('moves LAYER2 and PORTNO into OPTIONS with one preferred fix', () => {
    const text = `${QETH}OPTIONS='buffer_count=128'\nLAYER2=1\nPORTNO=0\n`;
    const [layer2] = lint(text).filter((d) => d.code === 'ifcfg-installer-key');
    assert.equal(layer2.data.fixes[0].isPreferred, true);
    assert.equal(applyFix(text, layer2), `${QETH}OPTIONS='buffer_count=128 layer2=1 portno=0'\n`);
    const bare = 'DEVICE=enc600\nLAYER2=1\nPORTNO=1\nONBOOT=yes\n';
    assert.equal(applyFix(bare, lint(bare).find((d) => d.code === 'ifcfg-installer-key')!), 'DEVICE=enc600\nOPTIONS="layer2=1 portno=1"\nONBOOT=yes\n');
  });

  it('moving installer keys on the last lines of a file deletes them as one run (line by line the deletions overlapped; found by the long fuzz run)', () => {
    const text = `${QETH}OPTIONS="buffer_count=128"\nLAYER2=1\nLAYER2=1\nLAYER2=1`;
    const [layer2] = lint(text).filter((d) => d.code === 'ifcfg-installer-key');
    const [append, ...deletions] = layer2.data.fixes[0].edits;
    assert.equal(append.newText, ' layer2=1');
    assert.equal(deletions.length, 1);
    assert.equal(applyFix(text, layer2), `${QETH}OPTIONS="buffer_count=128 layer2=1"`);
    const bare = 'DEVICE=enc600\nLAYER2=1\nPORTNO=1\nPORTNO=1';
    assert.equal(applyFix(bare, lint(bare).find((d) => d.code === 'ifcfg-installer-key')!), 'DEVICE=enc600\nOPTIONS="layer2=1 portno=1"');
  });

  it('removes one OPTIONS token and its separating blank', () => {
    const text = `${QETH}OPTIONS="layer2=1 hw_trap=arm buffer_count=128"\n`;
    const d = lint(text).find((x) => x.code === 'ifcfg-qeth-option')!;
    assert.equal(applyFix(text, d, "Remove 'hw_trap' from OPTIONS"), `${QETH}OPTIONS="layer2=1 buffer_count=128"\n`);
  });

  it('duplicate keys: warning on the early line pointing at the later one; fix removes the early line', () => {
    const text = 'DEVICE=eth0\nMTU=1500\nMTU=9000\n';
    const d = one(text, 'ifcfg-duplicate-key');
    assert.equal(brief(d), '1:0-3 warning ifcfg-duplicate-key');
    assert.deepEqual(d.relatedInformation?.[0].location.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
    assert.equal(applyFix(text, d), 'DEVICE=eth0\nMTU=9000\n');
  });

  it('unknown key: upper-casing is the preferred fix; typos are offered', () => {
    const lower = one('mtu=9000\n', 'ifcfg-unknown-key');
    assert.deepEqual(lower.data.fixes.map((f) => [f.title, f.isPreferred]), [["Change to 'MTU'", true]]);
    const typo = one('BOOTPROT=dhcp\n', 'ifcfg-unknown-key');
    assert.match(typo.message, /Did you mean 'BOOTPROTO'\?/);
    assert.match(one('TXQUEUELEN=2500\n', 'ifcfg-unknown-key').message, /no key for the transmit queue length.*tuned \(\[net\] txqueuelen=2500\)/);
  });

  it('survives junk: binary, huge, lone CR', () => {
    assert.doesNotThrow(() => lint('\u0000\u0001OPTIONS="\r\rMTU=\'\n'.repeat(500)));
    assert.doesNotThrow(() => lint(`OPTIONS="${'buffer_count=1 '.repeat(20000)}"\nNETTYPE=qeth\n`));
  });
});

describe("ifcfg source action: add the paper's interface settings", () => {
  const run = (text: string, raw: Record<string, unknown> = {}) => {
    const doc = ifcfgDoc(text);
    const actions = computeSourceActions(doc, parseIfcfgText(text), settings(raw), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    return actions.length ? TextDocument.applyEdits(doc, actions[0].edit!.changes![doc.uri]) : undefined;
  };

  it('adds MTU and both OPTIONS tokens in one OPTIONS edit, keeping the quotes', () => {
    const text = "DEVICE=enc600\nNETTYPE=qeth\nMTU=1500\nOPTIONS='layer2=1 portno=0'\n";
    assert.equal(run(text), "DEVICE=enc600\nNETTYPE=qeth\nMTU=8192\nOPTIONS='layer2=1 portno=0 buffer_count=128 checksumming=hw_checksumming'\n");
  });

  it('creates OPTIONS once when there is none, and uses ETHTOOL_OPTS on 3.0+', () => {
    assert.equal(run('DEVICE=enc600\nNETTYPE=qeth\n'), 'DEVICE=enc600\nNETTYPE=qeth\nMTU=8192\nOPTIONS="buffer_count=128 checksumming=hw_checksumming"\n');
    const modern = 'DEVICE=enc600\nNETTYPE=qeth\nMTU=8192\nOPTIONS="checksumming=hw_checksumming buffer_count=128"\n';
    assert.equal(run(modern, { kernel: '5.14' }), 'DEVICE=enc600\nNETTYPE=qeth\nMTU=8192\nOPTIONS="buffer_count=128"\nETHTOOL_OPTS="-K enc600 rx on tx on"\n');
    assert.equal(run('DEVICE=eth0\nTYPE=Ethernet\n'), undefined);
  });
});
