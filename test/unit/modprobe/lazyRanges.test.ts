import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { splitWords } from '../../../server/src/formats/keyValue';
import { parseModprobeText } from '../../../server/src/languages/modprobe/parser';
import { optionsCommands } from '../../../server/src/languages/modprobe/rules/helpers';

// The parser works ranges and argument words out only when they are read. What it gives must be
// what splitting each line and locating each word gives.

const TEXT = [
  '# kvm',
  'options kvm halt_poll_ns=80000 halt_poll_ns_grow="2" bare',
  '  blacklist   pcspkr  ',
  'alias net-pf-40 vsock',
  'options vhost_net experimental_zcopytx=0',
  'install floppy /bin/false',
  'options virtio_net napi_tx="Y csum=1',
  'softdep vhost_net pre: tun',
  'options',
  '',
].join('\n');

describe('modprobe words and ranges worked out when read', () => {
  const parsed = parseModprobeText(TEXT);
  const doc = TextDocument.create('file:///m.conf', 'modprobe', 1, TEXT);
  const lines = TEXT.split('\n');

  it('every command word and argument is the split of its line, with the range of that word', () => {
    assert.equal(parsed.commands.length, 8);
    for (const command of parsed.commands) {
      const words = splitWords(lines[command.line], 0, lines[command.line].length, true);
      assert.equal(command.argCount, words.length - 1);
      assert.equal(command.args.length, command.argCount);
      assert.equal(command.name, command.command.text);
      command.args.forEach((arg, i) => assert.equal(command.argText(i), arg.text));
      for (const [i, word] of [command.command, ...command.args].entries()) {
        assert.equal(word.text, words[i].text);
        assert.deepEqual(word.range, { start: { line: command.line, character: words[i].start }, end: { line: command.line, character: words[i].end } });
        assert.equal(doc.getText(word.range), word.text);
      }
      const last = words[words.length - 1];
      assert.deepEqual(command.end, { line: command.line, character: last.end });
    }
  });

  it('a range read twice is the same range; parameters map their name and unquoted value', () => {
    const [kvm] = parsed.commands;
    assert.equal(kvm.args, kvm.args);
    assert.equal(kvm.params[0].nameRange, kvm.params[0].nameRange);
    assert.deepEqual(kvm.params.map((p) => [doc.getText(p.nameRange), doc.getText(p.valueRange), doc.getText(p.range), p.hasEquals]), [
      ['halt_poll_ns', '80000', 'halt_poll_ns=80000', true],
      ['halt_poll_ns_grow', '2', 'halt_poll_ns_grow="2"', true],
      ['bare', '', 'bare', false],
    ]);
    const open = parsed.commands.find((c) => c.args[0]?.text === 'virtio_net')!;
    assert.deepEqual(open.params.map((p) => [p.name, p.value, doc.getText(p.range)]), [['napi_tx', '', 'napi_tx="Y csum=1']]);
    assert.deepEqual(parsed.commands.filter((c) => c.command.text !== 'options').map((c) => c.params.length), [0, 0, 0, 0]);
  });

  it('options commands found once per parse are those a filter finds', () => {
    const once = optionsCommands(parsed);
    assert.equal(optionsCommands(parsed), once);
    assert.deepEqual(once, parsed.commands.filter((c) => c.command.text === 'options' && c.args.length > 0));
  });
});
