import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitWords } from '../../../server/src/formats/keyValue';
import { allModules, findModule, findParam, normaliseModuleName } from '../../../server/src/languages/modprobe/moduleParams';
import { parseModprobeText } from '../../../server/src/languages/modprobe/parser';
import { closestParams } from '../../../server/src/languages/modprobe/rules/closestParams';
import { nameRangeOf, optionsFacts, unlistedParameter, valueRangeOf } from '../../../server/src/languages/modprobe/rules/optionsFacts';
import { valueProblem } from '../../../server/src/languages/modprobe/rules/valueProblem';
import { lint } from './lint';

// The options rules read every parameter once, in one pass over the command table, and keep only
// those a rule may report. What they keep must be what walking the command objects finds.

const TEXT = [
  'options kvm halt_poll_ns=80000 halt-poll-ns=0 halt_pol_ns=1 halt_poll_max_steal=3 bare',
  'options virtio_net napi_tx=true csum= "gso=1" napi_tx',
  'options vhost_net \\',
  '  experimental_zcopytx=-1 \\',
  'max_mem_regions="12',
  'options unknown_module x=1',
  'options kvm',
  'alias kvm x',
  '# options kvm halt_poll_ns=1',
  'options bonding mode=802.3ad miimon=x\r\noptions kvm nx_huge_pages=auto\rblacklist kvm',
].join('\n');

describe('modprobe options facts', () => {
  it('the parameters kept are those a walk over every options command and parameter finds', () => {
    const parsed = parseModprobeText(TEXT);
    const facts = optionsFacts(parsed);
    const unlisted: unknown[] = [];
    const invalid: unknown[] = [];
    let lastKvm = -1;
    let haltPoll: unknown[] = [-1, -1];
    parsed.commands.forEach((command, index) => {
      if (command.name !== 'options' || command.argCount === 0) return;
      if (command.argText(0) === 'kvm') lastKvm = index;
      const module = findModule(command.argText(0));
      command.params.forEach((p, param) => {
        if (command.argText(0) === 'kvm' && normaliseModuleName(p.name) === 'halt_poll_ns') haltPoll = [index, param];
        if (!module) return;
        const info = findParam(module, p.name);
        if (!info || info.arch) unlisted.push([index, param, module.name, p.name, info?.name, p.nameRange]);
        const problem = info && valueProblem(info, p);
        if (problem) invalid.push([index, param, module.name, problem, p.hasEquals, p.hasEquals ? p.valueRange : p.nameRange]);
      });
    });
    const again = parseModprobeText(TEXT);
    const kept = facts.unlistedModules.map((_, i) => unlistedParameter(parsed, facts, i));
    assert.deepEqual(kept.map((u) => [u.command, u.param, u.module.name, u.name, u.known?.name, nameRangeOf(again, u)]), unlisted);
    assert.deepEqual(facts.invalid.map((v) => [v.command, v.param, v.module.name, v.problem, v.hasEquals, v.hasEquals ? valueRangeOf(again, v) : nameRangeOf(again, v)]), invalid);
    assert.deepEqual([facts.lastKvm, facts.haltPollCommand, facts.haltPollParam], [lastKvm, ...haltPoll]);
    assert.ok(unlisted.length >= 5 && invalid.length >= 3, 'the text has findings of both kinds');
  });

  it('each command built on its own is the one the full list holds', () => {
    const parsed = parseModprobeText(TEXT);
    const third = parsed.commandAt(2);
    assert.equal(parsed.commands[2], third);
    assert.equal(parsed.commandAt(4), parsed.commands[4]);
  });

  it('a continued command reads the words of its lines joined without their backslashes', () => {
    const text = 'options kvm \\\r\n  a=1 \\\rb="2 \\\n3" \\\n\\\nc=\\x\\\n\nalias x y';
    const physical = text.split(/\r\n|\r|\n/);
    // Line 5 ends with a backslash too: it joins the empty line 6.
    const joined = physical.slice(0, 7).map((line, i) => (i < 6 ? line.slice(0, -1) : line)).join('');
    const [options, alias] = parseModprobeText(text).commands;
    assert.deepEqual([options.line, options.endLine, alias.line], [0, 6, 7]);
    assert.deepEqual([options.command.text, ...options.args.map((a) => a.text)], splitWords(joined, 0, joined.length, true).map((w) => w.text));
    assert.deepEqual(options.params.map((p) => [p.name, p.value, p.nameRange.start]), [
      ['a', '1', { line: 1, character: 2 }],
      ['b', '2 3', { line: 2, character: 0 }],
      ['c', '\\x', { line: 5, character: 0 }],
    ]);
  });

  it('the command on a line is the one a scan of the commands finds', () => {
    for (const text of [TEXT, '', '# only a comment', '\n\noptions kvm \\\n\\\n x=1\n\nalias a b']) {
      const parsed = parseModprobeText(text);
      for (let line = -1; line <= text.split(/\r\n|\r|\n/).length + 1; line += 1) {
        assert.equal(parsed.commandOnLine(line), parsed.commands.find((c) => c.line <= line && line <= c.endLine), `${JSON.stringify(text)} ${line}`);
      }
    }
  });

  it('the parameter index finds what a scan of each module finds', () => {
    for (const module of allModules()) {
      for (const p of module.params) assert.equal(findParam(module, p.name), module.params.find((q) => q.name === p.name));
      for (const name of ['', 'constructor', '__proto__', 'x', `${module.params[0]?.name ?? 'a'}-`]) assert.equal(findParam(module, name), undefined, name);
    }
  });

  it('suggestions past the memo size are those a fresh search gives', () => {
    // 1,500 distinct names one letter away from one of kvm's parameters, each asked twice.
    const kvm = findModule('kvm')!;
    const known = new Set(kvm.params.map((p) => p.name));
    const variants = kvm.params.flatMap((p) => [...p.name].flatMap((_, i) => [...'abcdefghijklmnopqrstuvwxyz0123456789'].map((c) => `${p.name.slice(0, i)}${c}${p.name.slice(i + 1)}`)));
    const names = [...new Set(variants)].filter((n) => !known.has(n)).slice(0, 1_500);
    assert.equal(names.length, 1_500);
    const found = lint([...names, ...names].map((n) => `options kvm ${n}=1`).join('\n'));
    const expected = [...names, ...names].map((n) => closestParams(kvm, n)[0]);
    const unknown = found.filter((d) => d.code === 'modprobe-unknown-parameter');
    assert.equal(unknown.length, 3_000);
    assert.deepEqual(unknown.map((d) => d.data.fixes[0]?.edits[0].newText), expected);
    assert.ok(expected.every((s) => s !== undefined));
  });
});
