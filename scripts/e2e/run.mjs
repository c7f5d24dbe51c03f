// `npm run test:e2e`: the e2e suite in code-server + headless Chromium, the UI-level checks,
// and the packaged .vsix installed into a second code-server. Ends with `N passed, N failed`.
// Flags: --skip-setup, --only=suite,ui,vsix
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSuite } from './build-suite.mjs';
import { installExtension, startCodeServer } from './codeServer.mjs';
import { ARTIFACTS_DIR, ROOT, WORKSPACE, vsixPath } from './paths.mjs';
import { setup } from './setup.mjs';
import { runUiChecks } from './ui.mjs';
import { checkVsix } from './vsixContents.mjs';
import { launchBrowser, runSuiteInWorkbench } from './workbench.mjs';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (part) => !only || only.includes(part);
const SUITE_TIMEOUT_MS = 10 * 60_000;
// The workbench asks the extension gallery for recommendations; offline that only logs a stack.
const GALLERY_NOISE = /ENOTFOUND open-vsx\.org/;

const totals = { passed: 0, failed: 0, failures: [] };
const started = Date.now();

function record(part, summary) {
  totals.passed += summary.passed;
  totals.failed += summary.failed;
  totals.failures.push(...summary.failures.map((f) => ({ ...f, part })));
}

function scratchFile(name) {
  return join(mkdtempSync(join(tmpdir(), 'kvmtune-e2e-')), name);
}

/** Runs the mocha suite in a workbench and returns its { passed, failed, failures }. */
async function runSuite(browser, server, options, resultsFile, part) {
  let exitCode;
  try {
    exitCode = await runSuiteInWorkbench(browser, server, options, { timeoutMs: SUITE_TIMEOUT_MS, onLog: (line) => GALLERY_NOISE.test(line) || console.log(`  ${line}`) });
  } catch (error) {
    return { passed: 0, failed: 1, failures: [{ title: `${part}: the suite did not complete`, error: error.message }] };
  }
  if (!existsSync(resultsFile)) {
    return { passed: 0, failed: 1, failures: [{ title: `${part}: no results (exit code ${exitCode})`, error: 'run() never wrote its summary; see the log above' }] };
  }
  const summary = JSON.parse(readFileSync(resultsFile, 'utf8'));
  if (exitCode !== 0 && summary.failed === 0) {
    summary.failed = 1;
    summary.failures.push({ title: `${part}: workbench exit code ${exitCode}`, error: 'the suite reported no failed test but exited non-zero' });
  }
  return summary;
}

async function suitePart(browser, suiteIndex) {
  const resultsFile = scratchFile('results.json');
  const server = await startCodeServer({ workspace: WORKSPACE, env: { KVMTUNE_E2E_RESULTS: resultsFile } });
  try {
    if (wanted('suite')) {
      console.log('\n[e2e] suite: development extension in code-server');
      record('suite', await runSuite(browser, server, { workspace: WORKSPACE, extensionDevelopmentPath: ROOT, extensionTestsPath: suiteIndex }, resultsFile, 'suite'));
    }
    if (wanted('ui')) {
      console.log('\n[e2e] ui: Problems panel, hover and results-diff webview in the rendered workbench');
      const checks = await runUiChecks(browser, server, { workspace: WORKSPACE, extensionDevelopmentPath: ROOT });
      for (const check of checks) {
        console.log(`  ${check.ok ? '✔' : '✖'} ${check.name}${check.files?.length ? ` → ${check.files.join(', ')}` : ''}`);
      }
      record('ui', {
        passed: checks.filter((c) => c.ok).length,
        failed: checks.filter((c) => !c.ok).length,
        failures: checks.filter((c) => !c.ok).map((c) => ({ title: c.name, error: c.error })),
      });
    }
  } finally {
    await server.stop();
  }
}

async function vsixPart(browser, suiteIndex) {
  console.log('\n[e2e] vsix: npm run package, install into code-server, run installed.test');
  rmSync(vsixPath(), { force: true });
  execFileSync('npm', ['run', 'package'], { cwd: ROOT, stdio: 'inherit' });
  const contents = checkVsix(readFileSync(vsixPath()));
  for (const check of contents) console.log(`  ${check.ok ? '✔' : '✖'} ${check.name}`);
  record('vsix', {
    passed: contents.filter((c) => c.ok).length,
    failed: contents.filter((c) => !c.ok).length,
    failures: contents.filter((c) => !c.ok).map((c) => ({ title: c.name, error: c.error })),
  });
  const extensionsDir = mkdtempSync(join(tmpdir(), 'kvmtune-vsix-extensions-'));
  // A stub stands in as the development extension so only the installed copy of kvmtune loads.
  const probe = mkdtempSync(join(tmpdir(), 'kvmtune-vsix-probe-'));
  writeFileSync(join(probe, 'package.json'), JSON.stringify({
    name: 'kvmtune-vsix-probe', publisher: 'kvmtune-test', version: '0.0.0', engines: { vscode: '^1.90.0' },
  }));
  const resultsFile = scratchFile('results.json');
  let server;
  try {
    console.log(installExtension(vsixPath(), extensionsDir).trim());
    server = await startCodeServer({
      workspace: WORKSPACE, extensionsDir,
      env: { KVMTUNE_E2E_RESULTS: resultsFile, KVMTUNE_E2E_ONLY: 'installed', KVMTUNE_E2E_EXTENSIONS_DIR: extensionsDir, KVMTUNE_E2E_ARTIFACTS: ARTIFACTS_DIR },
    });
    record('vsix', await runSuite(browser, server, { workspace: WORKSPACE, extensionDevelopmentPath: probe, extensionTestsPath: suiteIndex }, resultsFile, 'vsix'));
  } finally {
    await server?.stop();
    rmSync(extensionsDir, { recursive: true, force: true });
    rmSync(probe, { recursive: true, force: true });
  }
}

async function main() {
  if (!args.includes('--skip-setup')) setup();
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const suiteIndex = await buildSuite();
  const browser = await launchBrowser();
  try {
    if (wanted('suite') || wanted('ui')) await suitePart(browser, suiteIndex);
    if (wanted('vsix')) await vsixPart(browser, suiteIndex);
  } finally {
    await browser.close();
  }
}

try {
  await main();
} catch (error) {
  totals.failed++;
  totals.failures.push({ part: 'harness', title: 'the e2e harness failed', error: error instanceof Error ? error.stack : String(error) });
}
console.log(`\n[e2e] finished in ${Math.round((Date.now() - started) / 1000)} s`);
for (const f of totals.failures) console.log(`  ✖ [${f.part}] ${f.title}\n      ${String(f.error).split('\n').join('\n      ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
