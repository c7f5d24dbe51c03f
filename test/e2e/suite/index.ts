// Entry point loaded by the extension host (@vscode/test-electron shape: exports run()).
// Also writes a JSON summary to $KVMTUNE_E2E_RESULTS so the code-server runner can print
// its closing `N passed, N failed` line without scraping the forwarded console.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface Summary {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; error: string }[];
}

function selectedFiles(dir: string): string[] {
  const only = process.env.KVMTUNE_E2E_ONLY;
  return fs.readdirSync(dir)
    .filter((name) => name.endsWith('.test.js'))
    .filter((name) => (only ? only.split(',').includes(name.replace(/\.test\.js$/, '')) : !name.startsWith('installed')))
    .sort()
    .map((name) => path.join(dir, name));
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  if (process.env.KVMTUNE_E2E_GREP) mocha.grep(process.env.KVMTUNE_E2E_GREP);
  for (const file of selectedFiles(__dirname)) mocha.addFile(file);
  const summary: Summary = { passed: 0, failed: 0, pending: 0, failures: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const out = process.env.KVMTUNE_E2E_RESULTS;
      if (out) fs.writeFileSync(out, JSON.stringify(summary, null, 2));
      console.log(`e2e: ${summary.passed} passed, ${summary.failed} failed`);
      if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
      else resolve();
    });
    runner.on('pass', () => summary.passed++);
    runner.on('pending', () => summary.pending++);
    runner.on('fail', (test, error: Error) => {
      summary.failed++;
      summary.failures.push({ title: test.fullTitle(), error: error?.message ?? String(error) });
    });
  });
}
