// Takes the images the extension ships and the README shows, from a real workbench on samples/:
//   node scripts/e2e/media.mjs [name ...]      (after npm run build; names: see SHOTS below)
// It starts its own code-server with the development extension, like the e2e runner, and stops it.
// Walkthrough images go to media/walkthrough/, README images to docs/images/.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startCodeServer } from './codeServer.mjs';
import { ROOT } from './paths.mjs';
import { clearNotifications, goToLine, openFile, pickFolder, runCommand } from './ui.mjs';
import { chooseRow, commandWithPicker, openKernelPicker, problemsRowFromTask } from './uiConveniences.mjs';
import { launchBrowser, workbenchUrl } from './workbench.mjs';

const SAMPLES = join(ROOT, 'samples');
const TIMEOUT = 30_000;
/** Where the generate-matrix shot lets the command write (inside samples/, ignored by git). */
const MATRIX_FOLDER = 'my-matrix';

/**
 * One screenshot per language, for the README: a sample file with its problems and a hover.
 * When a language lands, add its entry here and run `node scripts/e2e/media.mjs language-<id>`.
 */
const LANGUAGE_SHOTS = [
  { language: 'sysctl', file: 'sysctl.d/99-kvm-tuning.conf', line: 5, column: 12, hover: 'rmem_max' },
  { language: 'libvirt', file: 'libvirt/net-direct-macvtap.xml', line: 10, column: 22, hover: 'MacVTap' },
  { language: 'ifcfg', file: 'network-scripts/ifcfg-enccw0.0.0600', line: 11, column: 11, hover: 'qeth attribute' },
  { language: 'modprobe', file: 'modprobe.d/kvm-halt-poll.conf', line: 2, column: 27, hover: 'halt_poll_ns=80000' },
  { language: 'uperf', file: 'uperf/rr-with-mistakes.xml', line: 7, column: 22, hover: 'milliseconds' },
  { language: 'tuned', file: 'tuned/kvm-host/tuned.conf', line: 24, column: 3, hover: 'True/true/1' },
];

/** Walkthrough images show only the part of the 1280×800 workbench that the step is about. */
const CLIPS = {
  editor: { x: 348, y: 30, width: 932, height: 320 },
  quickPick: { x: 340, y: 28, width: 602, height: 384 },
  editorAndPanel: { x: 348, y: 30, width: 932, height: 746 },
  workbench: { x: 48, y: 30, width: 1232, height: 748 },
};

/** `clip`: a name from CLIPS, or a rectangle. */
async function save(page, relative, clip) {
  const file = join(ROOT, relative);
  mkdirSync(dirname(file), { recursive: true });
  await page.screenshot({ path: file, animations: 'disabled', clip: typeof clip === 'string' ? CLIPS[clip] : clip });
  console.log(`saved ${relative}`);
}

async function closeEverything(page) {
  await page.keyboard.press('Escape');
  await runCommand(page, 'View: Close All Editors');
  await clearNotifications(page);
}

/**
 * The editor part of the workbench, from its tabs down to just below the hover, and at least the
 * eight lines after the cursor's (fewer where the file ends).
 */
async function editorClip(page, hover) {
  const box = await hover.boundingBox();
  const editor = page.locator('.editor-instance .monaco-editor').first();
  const cursorLine = await editor.locator('.view-overlays .current-line').first().boundingBox();
  const lastLine = await editor.locator('.view-lines').first().evaluate((lines) =>
    Math.max(...[...lines.querySelectorAll('.view-line')].map((line) => line.getBoundingClientRect().bottom)));
  const linesAfter = Math.min(lastLine, cursorLine.y + cursorLine.height * 9);
  const { x, y, width } = CLIPS.editor;
  const bottom = Math.min(CLIPS.editorAndPanel.y + CLIPS.editorAndPanel.height, Math.ceil(Math.max(box.y + box.height, linesAfter)) + 12);
  return { x, y, width, height: bottom - y };
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
  // Runs the real command into a scratch folder of the workspace (removed afterwards), answering
  // its two questions the way a user would: the folder dialog, then the duration input box.
  'generate-matrix': async (page) => {
    const folder = join(SAMPLES, MATRIX_FOLDER);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    try {
      await runCommand(page, 'View: Show Explorer');
      await commandWithPicker(page, "kvmtune: Generate the paper's 20-test matrix");
      await pickFolder(page, folder, 'Generate here');
      const duration = page.locator('.quick-input-widget', { hasText: 'Duration of each timed transaction' });
      await duration.waitFor({ timeout: TIMEOUT });
      await duration.locator('input').fill('300');
      await page.keyboard.press('Enter');
      await page.locator('.notification-toast', { hasText: 'wrote 20 uperf profiles and run-matrix.sh' }).first().waitFor({ timeout: TIMEOUT });
      await openFile(page, `${MATRIX_FOLDER}/run-matrix.sh`);
      await page.locator('.explorer-folders-view .monaco-list-row.selected', { hasText: 'run-matrix.sh' }).waitFor({ timeout: TIMEOUT });
      // An information toast hides itself after a while; the notification centre keeps it.
      await runCommand(page, 'Notifications: Show Notifications');
      const centre = page.locator('.notifications-center', { hasText: 'wrote 20 uperf profiles' });
      await centre.waitFor({ timeout: TIMEOUT });
      // Expanded, it shows the whole message: the folder and how to run the script.
      await centre.locator('.codicon-notifications-expand').first().click();
      await centre.locator('.codicon-notifications-collapse').first().waitFor({ timeout: TIMEOUT });
      await save(page, 'media/walkthrough/generate-matrix.png', 'workbench');
      await runCommand(page, 'Notifications: Clear All Notifications');
      await closeEverything(page);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
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
    // No panel: the editor gets the window's height, so a long hover is not cut off.
    const panel = page.locator('.monaco-workbench .part.panel');
    if (await panel.isVisible()) {
      await runCommand(page, 'View: Hide Panel');
      await panel.waitFor({ state: 'hidden', timeout: TIMEOUT });
    }
    await clearNotifications(page);
    // Every sample has problems: wait for their squiggles, so the hover also lists the one under the cursor.
    await page.locator('.editor-instance .monaco-editor [class*="squiggly-"]').first().waitFor({ timeout: TIMEOUT });
    await goToLine(page, shot.line, shot.column);
    await runCommand(page, 'Show or Focus Hover');
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: shot.hover }).first();
    await hover.waitFor({ state: 'visible', timeout: TIMEOUT });
    await save(page, `docs/images/languages/${shot.language}.png`, await editorClip(page, hover));
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
