import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkedLanguages, resolveDocumentLanguage } from '../../../server/src/languages';
import { createLanguageService } from '../../../server/src/service/languageService';
import { normalizeSettings } from '../../../server/src/service/settings';

const service = createLanguageService({ resolve: resolveDocumentLanguage, ruleDocUrl: (id) => `file:///docs/${id}.md` });

/** Deterministic pseudo-random text built from the characters config parsers trip over. */
function randomText(seed: number, length: number): string {
  const alphabet = ['=', '"', "'", '#', ';', '-', '.', '/', '*', '?', '[', ']', ' ', '\t', '\n', '\r\n', '\\', '0', '9', 'net.', 'ipv4.', 'tcp_rmem', '<', '>', '\u0000', '\u202e', '😀', 'k', 'M'];
  let state = seed;
  let text = '';
  while (text.length < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += alphabet[state % alphabet.length];
  }
  return text;
}

const HOSTILE = [
  '',
  '\n\n\n',
  '=',
  '-',
  '-=',
  '"',
  'net.ipv4.tcp_rmem = "',
  'net.ipv4.tcp_rmem = 1 2 3 4 5 6 7 8 9 10',
  'net.ipv4.tcp_rmem = 99999999999999999999999999 1 -5',
  'net.core.rmem_max = 0x10',
  `${'a.'.repeat(5000)}b = 1`,
  `net.core.somaxconn = ${'9'.repeat(10_000)}`,
  '\uFEFFnet.core.somaxconn = 1',
  'net.ipv4.conf.eth0/100.forwarding = 1\r\nnet.ipv4.conf.*.rp_filter=2\r\n-net.ipv4.conf.all.rp_filter',
  'kernel.randomize_va_space = 0 # lab only',
  '\uFEFF# comment\nnet.core.somaxconn\u00A0= 1024\nnet.ipv4.tcp_rmem = 4096\u00A087380 4136960\u2028\n\u00A0\n',
  'net.core.somaxconn = 1\rnet.ipv4.tcp_rmem = "4096 87380 4136960" # x\r\rnet.core.default_qdisc = fq # y\r',
];

describe('the service survives anything an editor can hold', () => {
  const settingsVariants = [normalizeSettings({}), normalizeSettings({ kernel: '6.8', environment: 'production' }), normalizeSettings({ kernel: '3.10' })];
  const texts = [...HOSTILE, ...Array.from({ length: 40 }, (_, i) => randomText(i + 1, 50 + i * 40))];

  for (const language of checkedLanguages()) {
    it(`${language.id}: validate, hover, complete, actions and symbols never throw`, () => {
      texts.forEach((text, index) => {
        const doc = TextDocument.create(`file:///fuzz/${index}`, language.id, 1, text);
        for (const settings of settingsVariants) {
          const diagnostics = service.validate(doc, settings);
          for (const d of diagnostics) {
            assert.ok(d.range.start.line <= d.range.end.line, `range order in case ${index}`);
            assert.ok(d.range.end.line < doc.lineCount, `range inside the document in case ${index}`);
            assert.doesNotMatch(d.message, /rule .* failed on this file/, `a rule crashed on case ${index}: ${d.message}`);
          }
          const lines = Math.min(doc.lineCount, 30);
          for (let line = 0; line < lines; line += 1) {
            const length = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).length;
            for (const character of [0, Math.floor(length / 2), length]) {
              service.hover(doc, { line, character }, settings);
              service.complete(doc, { line, character }, settings);
            }
          }
          const whole = { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) };
          service.codeActions(doc, whole, diagnostics, settings);
          service.symbols(doc);
        }
      });
    });
  }
});
