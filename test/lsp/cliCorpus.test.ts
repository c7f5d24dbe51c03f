import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CORPUS, EXPECTED } from '../unit/sysctl/corpusExpected';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');

describe('bundled CLI on the real-world sysctl corpus', () => {
  it('kvmtune lint --format json prints exactly the documented findings', () => {
    const result = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', CORPUS], { encoding: 'utf8' });
    assert.equal(result.stderr, '');
    assert.equal(result.status, 1, 'the corpus holds real errors (tcp_tw_recycle, …), so the exit code is 1');
    const reports = JSON.parse(result.stdout) as { file: string; language: string; diagnostics: { rule: string; severity: string; range: { start: { line: number } } }[] }[];
    assert.ok(reports.every((r) => r.language === 'sysctl'), 'every corpus file is detected as sysctl');
    const found = reports.flatMap((r) =>
      r.diagnostics.map((d) => `${path.basename(r.file)}:${d.range.start.line + 1} ${d.severity} ${d.rule}`),
    );
    assert.deepEqual(found, EXPECTED);
  });
});
