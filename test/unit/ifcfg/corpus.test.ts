import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CORPUS, EXPECTED } from './corpusExpected';
import { brief, lint } from './lint';

describe('ifcfg real-world corpus', () => {
  const files = readdirSync(CORPUS).filter((f) => !f.endsWith('.md') && !f.endsWith('.tsv')).sort();

  it('reports exactly the documented true problems', () => {
    assert.equal(files.length, 25);
    const found = files.flatMap((file) => lint(readFileSync(join(CORPUS, file), 'utf8')).map((d) => `${file} ${brief(d)}`));
    assert.deepEqual(found, EXPECTED);
  });

  it('EXPECTED.md explains every file that has findings', () => {
    const explained = readFileSync(join(CORPUS, 'EXPECTED.md'), 'utf8');
    for (const file of new Set(EXPECTED.map((e) => e.split(' ')[0]))) assert.ok(explained.includes(file), file);
  });
});
