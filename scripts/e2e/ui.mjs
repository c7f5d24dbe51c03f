// UI-level checks on the rendered workbench: what a person sees, read from the DOM, with
// screenshots kept under test-artifacts/. Each check is a named test in the run's summary.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_DIR, ROOT } from './paths.mjs';
import { workbenchUrl } from './workbench.mjs';

const STEP_TIMEOUT = 30_000;

/**
 * Presses F1 until the quick input shows. A picker that is still closing (its last row was just
 * chosen) can swallow the key or hide the new input with it, so wait for it to go and try again.
 */
export async function openQuickInput(page) {
  const input = page.locator('.quick-input-widget input');
  const deadline = Date.now() + STEP_TIMEOUT;
  for (;;) {
    await input.waitFor({ state: 'hidden', timeout: Math.max(1, deadline - Date.now()) }).catch(() => undefined);
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: 3_000 });
      return input;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** Opens the quick input with F1 and types `text` ('>' = command, ':' = line, else a file). */
async function quickInput(page, text, rowText) {
  const input = await openQuickInput(page);
  await input.fill(text);
  if (rowText) await page.locator('.quick-input-list .monaco-list-row', { hasText: rowText }).first().waitFor({ timeout: STEP_TIMEOUT });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
}

export async function runCommand(page, label) {
  await quickInput(page, `>${label}`, label);
}

export async function openFile(page, relative) {
  const name = relative.split('/').pop();
  await quickInput(page, relative, name);
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: STEP_TIMEOUT });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: STEP_TIMEOUT });
}

export async function goToLine(page, line, column) {
  await quickInput(page, `:${line}:${column}`);
  await page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` }).first().waitFor({ timeout: STEP_TIMEOUT });
}

export async function clearNotifications(page) {
  if (await page.locator('.notifications-toasts .notification-toast').count()) {
    await runCommand(page, 'Notifications: Clear All Notifications');
  }
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });

  const file = join(ARTIFACTS_DIR, name);
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}

/** The checks, in order; they share one page and get `{ server }` (the code-server they run in). */
const CHECKS = [
  {
    name: 'Problems panel lists the removed-key error for the open sysctl file',
    async run(page) {
      await openFile(page, 'sysctl.d/90-diagnostics.conf');
      await runCommand(page, 'View: Focus Problems');
      await clearNotifications(page);
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'net.ipv4.tcp_tw_recycle was removed in Linux' });
      await row.first().waitFor({ timeout: STEP_TIMEOUT });
      const text = await row.first().innerText();
      if (!text.includes('sysctl-removed-key')) throw new Error(`the Problems row does not name the rule: ${JSON.stringify(text)}`);
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'sysctl-quoted-value' }).first().waitFor({ timeout: STEP_TIMEOUT });
      return [await screenshot(page, 'problems-panel.png')];
    },
  },
  {
    name: 'hover widget shows the key documentation',
    async run(page) {
      await clearNotifications(page);
      await goToLine(page, 4, 10);
      await runCommand(page, 'Show or Focus Hover');
      const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'netdev_max_backlog' });
      await hover.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      const text = await hover.first().innerText();
      if (!text.includes('25000')) throw new Error(`the hover does not mention the paper's 25000: ${JSON.stringify(text)}`);
      return [await screenshot(page, 'hover.png')];
    },
  },
  {
    name: 'results-diff webview renders the 20 paper tests for two runs',
    async run(page) {
      await clearNotifications(page);
      await runCommand(page, 'kvmtune: Compare uperf runs');
      for (const [title, run] of [['Select run A', 'mtu1500'], ['Select run B', 'mtu9000']]) {
        await page.locator('.quick-input-widget', { hasText: title }).waitFor({ timeout: STEP_TIMEOUT });
        await pickFolder(page, join(ROOT, 'samples', 'runs', run));
      }
      await page.locator('.tabs-container .tab.active', { hasText: 'uperf diff: mtu1500 ↔ mtu9000' }).waitFor({ timeout: STEP_TIMEOUT });
      const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      const rows = webview.locator('#results-table tbody tr');
      await rows.first().waitFor({ timeout: 60_000 });
      const tests = [...new Set(await rows.locator('td:first-child').allInnerTexts())].filter(Boolean);
      if (tests.length !== 20 || tests[0] !== 'rr1c-1x1--1') throw new Error(`expected the 20 paper tests from rr1c-1x1--1, got ${JSON.stringify(tests)}`);
      return [await screenshot(page, 'results-diff.png')];
    },
  },
  {
    name: 'results-diff view restores itself after a window reload',
    async run(page) {
      // The workbench's own reload saves editor state before unloading; a bare page.reload() may not.
      await clearNotifications(page);
      const navigated = page.waitForNavigation({ timeout: 60_000 });
      await runCommand(page, 'Developer: Reload Window');
      await navigated;
      await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
      await page.locator('.tabs-container .tab', { hasText: 'uperf diff: mtu1500 ↔ mtu9000' }).first().click({ timeout: 60_000 });
      const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      const rows = webview.locator('#results-table tbody tr');
      await rows.first().waitFor({ timeout: 60_000 });
      const tests = [...new Set(await rows.locator('td:first-child').allInnerTexts())].filter(Boolean);
      if (tests.length !== 20) throw new Error(`after the reload the view shows ${tests.length} tests: ${JSON.stringify(tests)}`);
      return [await screenshot(page, 'results-diff-restored.png')];
    },
  },
];

/**
 * code-server's open dialog is a quick input: wait until it has listed its start folder (it
 * fills the input itself), type the folder, then accept with the dialog's own button (the
 * command's openLabel).
 */
export async function pickFolder(page, folder, button = 'Select run folder') {
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('input');
  await widget.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: STEP_TIMEOUT });
  await input.fill(`${folder}/`);
  const typed = await input.inputValue();
  if (typed !== `${folder}/`) throw new Error(`the open dialog replaced the typed path with ${JSON.stringify(typed)}`);
  const title = await widget.locator('.quick-input-title').innerText();
  // The dialog ignores an accept while it is still resolving the typed path (seen on a loaded
  // machine), so click until it closes or the next dialog (run B) replaces it; the widget need
  // not be hidden in between.
  const deadline = Date.now() + STEP_TIMEOUT;
  for (;;) {
    await widget.locator('.monaco-button', { hasText: button }).first().click();
    try {
      await page.waitForFunction((before) => {
        const w = document.querySelector('.quick-input-widget');
        if (!w || getComputedStyle(w).display === 'none') return true;
        return w.querySelector('.quick-input-title')?.textContent !== before;
      }, title, { timeout: 5_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

/** Runs every UI check on a fresh workbench page; returns [{ name, ok, error?, files? }]. */
export async function runUiChecks(browser, server, { workspace, extensionDevelopmentPath }) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const results = [];
  try {
    await page.goto(workbenchUrl(server, { workspace, extensionDevelopmentPath }));
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } });
    // Imported here, not at the top: uiConveniences.mjs builds on this module's helpers.
    const { CONVENIENCE_CHECKS } = await import('./uiConveniences.mjs');
    for (const check of [...CHECKS, ...CONVENIENCE_CHECKS]) {
      try {
        results.push({ name: check.name, ok: true, files: await check.run(page, { server }) });
      } catch (error) {
        const file = await screenshot(page, `failed-${results.length + 1}.png`).catch(() => undefined);
        results.push({ name: check.name, ok: false, error: error instanceof Error ? error.message : String(error), files: file ? [file] : [] });
      }
    }
  } finally {
    await context.close();
  }
  return results;
}
