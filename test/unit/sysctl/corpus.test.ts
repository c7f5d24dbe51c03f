import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { severityName } from '../../../server/src/service/diagnostics';
import { CORPUS, EXPECTED } from './corpusExpected';
import { lint } from './lint';

describe('sysctl real-world corpus', () => {
  it('reports exactly the documented true problems', () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.conf')).sort();
    assert.ok(files.length >= 33, `only ${files.length} corpus files`);
    const found = files.flatMap((file) =>
      lint(readFileSync(join(CORPUS, file), 'utf8')).map((d) => `${file}:${d.range.start.line + 1} ${severityName(d.severity)} ${String(d.code)}`),
    );
    assert.deepEqual(found, EXPECTED);
  });

  it('EXPECTED.md explains every file that has findings', () => {
    const explained = readFileSync(join(CORPUS, 'EXPECTED.md'), 'utf8');
    for (const file of new Set(EXPECTED.map((entry) => entry.split(':')[0]))) {
      assert.ok(explained.includes(file), `EXPECTED.md does not mention ${file}`);
    }
  });
});
