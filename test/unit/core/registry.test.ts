import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { selectedLanguages } from '../../../client/src/languages';
import { LANGUAGES } from '../../../server/src/languages';
import { main } from '../../../server/src/cli/main';

const ROOT = path.join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('the language registry is the one list of languages', () => {
  it('package.json contributes exactly the registry languages that VS Code opens as themselves', () => {
    const contributed = manifest.contributes.languages.map((l: Record<string, unknown>) => ({
      id: l.id,
      aliases: l.aliases,
      filenames: l.filenames,
      filenamePatterns: l.filenamePatterns,
      configuration: l.configuration,
    }));
    const expected = LANGUAGES.filter((l) => !l.host).map((l) => ({
      id: l.id,
      aliases: l.aliases,
      filenames: l.filenames,
      filenamePatterns: l.filenamePatterns,
      configuration: l.configuration,
    }));
    assert.deepEqual(contributed, expected);
  });

  it('activates on every contributed language and on xml', () => {
    const expected = [...LANGUAGES.filter((l) => !l.host).map((l) => `onLanguage:${l.id}`), 'onLanguage:xml'];
    assert.deepEqual(manifest.activationEvents.filter((e: string) => e.startsWith('onLanguage:')), expected);
  });

  it("the client's document selector covers every registry language (host languages through their host)", () => {
    const selected = selectedLanguages(manifest);
    assert.deepEqual(selected, [...LANGUAGES.filter((l) => !l.host).map((l) => l.id), 'xml']);
    for (const language of LANGUAGES) assert.ok(selected.includes(language.host ?? language.id), language.id);
  });

  it("the CLI's --language values are the registry ids", async () => {
    let out = '';
    await main(['--help'], { stdout: (t) => (out += t), stderr: () => undefined });
    assert.match(out, new RegExp(`--language ${LANGUAGES.map((l) => l.id).join('\\|')}\\]`));
    let err = '';
    const code = await main(['lint', '--language', 'nope', 'x'], { stdout: () => undefined, stderr: (t) => (err += t) });
    assert.equal(code, 2);
    for (const language of LANGUAGES) assert.ok(err.includes(language.id), `${language.id} in: ${err.split('\n')[0]}`);
  });

  it('ids are unique, and an XML language says how it claims a root element', () => {
    assert.equal(new Set(LANGUAGES.map((l) => l.id)).size, LANGUAGES.length);
    for (const language of LANGUAGES.filter((l) => l.host)) assert.equal(typeof language.claimsXmlRoot, 'function', language.id);
  });
});
