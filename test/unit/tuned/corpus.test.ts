import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { normalizeSettings } from '../../../server/src/service/settings';
import { CORPUS_EXPECTED } from './corpusExpected';
import { lintTuned } from './lint';

const CORPUS = join(__dirname, '..', '..', 'fixtures', 'tuned', 'corpus');
const SETTINGS: Record<string, unknown> = { current: {}, 's390x-2.20': { platform: 's390x', tuned: { version: '2.20' } } };

describe('shipped tuned profiles (test/fixtures/tuned/corpus)', () => {
  for (const [name, files] of Object.entries(CORPUS_EXPECTED)) {
    for (const [file, expected] of Object.entries(files)) {
      it(`${file} with ${name} settings gives exactly the listed findings`, () => {
        const path = join(CORPUS, file);
        const found = lintTuned(readFileSync(path, 'utf8'), normalizeSettings(SETTINGS[name]), pathToFileURL(path).toString())
          .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId))
          .map((x) => `${x.ruleId} ${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character} ${x.severity}`);
        assert.deepEqual(found, expected);
      });
    }
  }
});
