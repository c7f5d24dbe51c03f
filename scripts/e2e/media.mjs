// Takes the images the extension ships and the README shows, from a real workbench on samples/:
//   node scripts/e2e/media.mjs [name ...]      (after npm run build; names: see SHOTS below)
// It starts its own code-server with the development extension, like the e2e runner, and stops it.
// Walkthrough images go to media/walkthrough/, README images to docs/images/.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startCodeServer } from './codeServer.mjs';
import { ROOT } from './paths.mjs';
import { clearNotifications, goToLine, openFile, pickFolder, runCommand } from './ui.mjs';
import { chooseRow, commandWithPicker, openKernelPicker, problemsRowFromTask } from './uiConveniences.mjs';
import { launchBrowser, workbenchUrl } from './workbench.mjs';

const SAMPLES = join(ROOT, 'samples');
const TIMEOUT = 30_000;

/**
 * One screenshot per language, for the README: a sample file with its problems and a hover.
 * When a language lands, add its entry here and run `node scripts/e2e/media.mjs language-<id>`.
 */
const LANGUAGE_SHOTS = [
  { language: 'sysctl', file: 'sysctl.d/99-kvm-tuning.conf', line: 5, column: 12, hover: 'rmem_max' },
  { language: 'libvirt', file: 'libvirt/net-direct-macvtap.xml', line: 10, column: 22, hover: 'MacVTap' },
];

/** Walkthrough images show only the part of the 1280×800 workbench that the step is about. */
const CLIPS = {
  editor: { x: 348, y: 30, width: 932, height: 320 },
  quickPick: { x: 340, y: 28, width: 602, height: 384 },
  editorAndPanel: { x: 348, y: 30, width: 932, height: 746 },
  explorer: { x: 48, y: 30, width: 300, height: 700 },
};

async function save(page, relative, clip) {
  const file = join(ROOT, relative);
  mkdirSync(dirname(file), { recursive: true });
  await page.screenshot({ path: file, animations: 'disabled', clip: clip && CLIPS[clip] });
  console.log(`saved ${relative}`);
}

async function closeEverything(page) {
  await page.keyboard.press('Escape');
  await runCommand(page, 'View: Close All Editors');
  await clearNotifications(page);
}

const SHOTS = {
  'open-sample': async (page) => {
    await runCommand(page, "kvmtune: Open the walkthrough's sample sysctl file");
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: TIMEOUT });
    await save(page, 'media/walkthrough/open-sample.png', 'editor');
  },
  'paper-fix': async (page) => {
    await goToLine(page, 6, 25);
    await runCommand(page, 'Quick Fix...');
    await page.locator('.action-widget', { hasText: "Use the paper's value 1" }).first().waitFor({ timeout: TIMEOUT });
    await save(page, 'media/walkthrough/paper-fix.png', 'editor');
    await page.keyboard.press('Escape');
    await runCommand(page, 'View: Revert and Close Editor');
    await closeEverything(page);
  },
  'target-kernel': async (page) => {
    await openFile(page, 'sysctl.d/99-kvm-tuning.conf');
    await openKernelPicker(page, 'kvmtune: paper');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: '4.14' }).first().waitFor({ timeout: TIMEOUT });
    await save(page, 'media/walkthrough/target-kernel.png', 'quickPick');
    await save(page, 'docs/images/status-bar.png');
    await closeEverything(page);
  },
  'compare-runs': async (page) => {
    await commandWithPicker(page, 'kvmtune: Compare uperf runs');
    await pickFolder(page, join(SAMPLES, 'runs', 'mtu1500'));
    await page.locator('.quick-input-widget', { hasText: 'Select run B' }).waitFor({ timeout: TIMEOUT });
    await pickFolder(page, join(SAMPLES, 'runs', 'mtu9000'));
    const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await webview.locator('#results-table tbody tr').first().waitFor({ timeout: 60_000 });
    await save(page, 'media/walkthrough/compare-runs.png', 'editorAndPanel');
    await closeEverything(page);
  },
  // Until kvmtune.generateMatrix lands, this shows the 20 profiles the command writes; retake it then.
  'generate-matrix': async (page) => {
    await openFile(page, 'uperf/profiles/rr1c-200x1000--10.xml');
    await runCommand(page, 'File: Reveal Active File in Explorer View');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'str-writex30k--250.xml' }).first().waitFor({ timeout: TIMEOUT });
    await save(page, 'media/walkthrough/generate-matrix.png', 'explorer');
    await closeEverything(page);
  },
  'task-problems': async (page) => {
    await commandWithPicker(page, 'Tasks: Run Task');
    await chooseRow(page, "kvmtune lint (this repository's build)");
    await problemsRowFromTask(page, 'kvmtune lint');
    await save(page, 'docs/images/task-problems.png');
    await closeEverything(page);
  },
  ...Object.fromEntries(LANGUAGE_SHOTS.map((shot) => [`language-${shot.language}`, async (page) => {
    await openFile(page, shot.file);
    await runCommand(page, 'View: Focus Problems');
    await clearNotifications(page);
    await goToLine(page, shot.line, shot.column);
    await runCommand(page, 'Show or Focus Hover');
    await page.locator('.monaco-hover:not(.hidden)', { hasText: shot.hover }).first().waitFor({ state: 'visible', timeout: TIMEOUT });
    await save(page, `docs/images/languages/${shot.language}.png`);
    await closeEverything(page);
  }])),
};

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(SHOTS);
const unknown = names.filter((n) => !SHOTS[n]);
if (unknown.length > 0) {
  console.error(`unknown shot(s): ${unknown.join(', ')}; known: ${Object.keys(SHOTS).join(', ')}`);
  process.exit(2);
}
const server = await startCodeServer({ workspace: SAMPLES });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(workbenchUrl(server, { workspace: SAMPLES, extensionDevelopmentPath: ROOT }));
  await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
  await page.locator('.monaco-workbench').click({ position: { x: 640, y: 400 } });
  // The extension is ready once its status bar item shows for a sysctl file.
  await openFile(page, 'sysctl.d/99-kvm-tuning.conf');
  await page.locator('.statusbar-item', { hasText: 'kvmtune: paper' }).first().waitFor({ timeout: 60_000 });
  await closeEverything(page);
  for (const name of names) {
    try {
      await SHOTS[name](page);
    } catch (error) {
      await page.screenshot({ path: join(ROOT, 'test-artifacts', `media-failed-${name}.png`) }).catch(() => {});
      throw error;
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
