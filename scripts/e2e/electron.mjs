// `npm run test:e2e:electron`: the same suite in desktop VS Code via @vscode/test-electron
// (downloads VS Code, so it needs a machine with internet; on headless Linux run it under xvfb-run).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite } from './build-suite.mjs';
import { ROOT, WORKSPACE } from './paths.mjs';

// The VS Code release code-server 4.100.3 is built from, so both runners test the same workbench.
const VSCODE_VERSION = '1.100.3';

execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
const extensionTestsPath = await buildSuite();
const results = join(mkdtempSync(join(tmpdir(), 'kvmtune-e2e-')), 'results.json');
let exitCode = 1;
try {
  exitCode = await runTests({
    version: VSCODE_VERSION,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath,
    extensionTestsEnv: { KVMTUNE_E2E_RESULTS: results },
    launchArgs: [WORKSPACE, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  console.error(`test-electron failed: ${error instanceof Error ? error.message : error}`);
}
if (existsSync(results)) {
  const { passed, failed } = JSON.parse(readFileSync(results, 'utf8'));
  console.log(`${passed} passed, ${failed} failed`);
}
process.exit(exitCode === 0 ? 0 : 1);
