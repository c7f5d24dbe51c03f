import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { editsAddNoError } from '../../../server/src/service/fixSafety';
import { DEFAULT_SETTINGS, type Finding, type Rule } from '../../../server/src/service/types';

type Lines = string[];
const parse = (doc: TextDocument): Lines => doc.getText().split('\n');

/** An error per line that says `bad`; its fix (rewriting the line to `fixed`) is offered only when that adds no error. */
function guardedRule(id: string): Rule<Lines> {
  const rule: Rule<Lines> = {
    id,
    defaultSeverity: 'error',
    summary: id,
    check: ({ doc, parsed, settings }) =>
      parsed.flatMap((text, line): Finding[] => {
        if (text !== 'bad') return [];
        const edits = [{ range: { start: { line, character: 0 }, end: { line, character: 3 } }, newText: 'fixed' }];
        return [{ ruleId: id, range: edits[0].range, message: `${id}: bad`, fixes: editsAddNoError(rules, id, parse, doc, parsed, settings, edits) ? [{ title: 'fix', edits }] : [] }];
      }),
  };
  return rule;
}
const rules: Rule<Lines>[] = [guardedRule('first'), guardedRule('second')];

describe('editsAddNoError', () => {
  it("two rules whose fixes each simulate the other end (their fixes are not worked out while errors are counted) and keep the verdict", () => {
    const doc = TextDocument.create('file:///x', 'plain', 1, 'bad\nok\n');
    const parsed = parse(doc);
    const findings = rules.flatMap((rule) => rule.check({ doc, parsed, settings: DEFAULT_SETTINGS }));
    // Rewriting the line removes the other rule's error there too: no error is added, so both fixes are offered.
    assert.deepEqual(findings.map((f) => [f.ruleId, f.fixes?.length]), [['first', 1], ['second', 1]]);
  });

  it('an error may appear on the line the edits change, not on another; edits that add lines are judged by the total', () => {
    const doc = TextDocument.create('file:///y', 'plain', 1, 'bad\nok\n');
    const parsed = parse(doc);
    const onItsLine = [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, newText: 'bad' }];
    assert.equal(editsAddNoError(rules, 'first', parse, doc, parsed, DEFAULT_SETTINGS, onItsLine), true);
    const addingLines = [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, newText: 'bad\nbad' }];
    assert.equal(editsAddNoError(rules, 'first', parse, doc, parsed, DEFAULT_SETTINGS, addingLines), false);
    // Fixing line 0 makes this rule report line 1: one error traded for one on another line.
    const context: Rule<Lines> = { id: 'context', defaultSeverity: 'error', summary: 'context', check: ({ parsed }) => (parsed[0] === 'fixed' ? [{ ruleId: 'context', message: 'now read as fixed', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } } }] : []) };
    const fixLine0 = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, newText: 'fixed' }];
    assert.equal(editsAddNoError([...rules, context], 'first', parse, doc, parsed, DEFAULT_SETTINGS, fixLine0), false);
    assert.equal(editsAddNoError(rules, 'first', parse, doc, parsed, DEFAULT_SETTINGS, fixLine0), true);
    const removingOne = [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, newText: '' }];
    assert.equal(editsAddNoError(rules, 'first', parse, doc, parsed, DEFAULT_SETTINGS, removingOne), true);
  });
});
