// UI checks for the everyday conveniences: the target in the status bar and its quick pick, the
// walkthrough, and a task whose $kvmtune problem matcher fills the Problems panel. They run after
// the checks in ui.mjs on the same page (see CHECKS there).
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE } from './paths.mjs';
import { isRunning, languageServers, startedWith } from './serverProcess.mjs';
import { clearNotifications, goToLine, openFile, openQuickInput, runCommand, screenshot } from './ui.mjs';

const STEP_TIMEOUT = 30_000;

function quickPick(page) {
  return page.locator('.quick-input-widget');
}

/** Waits for a quick pick row with `text` (the picker may be a new one, opened by the last choice) and clicks it. */
export async function chooseRow(page, text) {
  const row = quickPick(page).locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
  await row.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await row.click();
}

/** Runs a command whose quick pick stays open (another picker follows), unlike runCommand. */
export async function commandWithPicker(page, label) {
  const input = await openQuickInput(page);
  await input.fill(`>${label}`);
  await chooseRow(page, label);
}

/**
 * The task's terminal takes the panel when output arrives, so focusing Problems right after
 * starting the task can lose the race: focus it again until a row from the task shows.
 */
export async function problemsRowFromTask(page, text, timeout = 60_000) {
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: text }).first();
  const deadline = Date.now() + timeout;
  for (;;) {
    await runCommand(page, 'View: Focus Problems');
    try {
      await row.waitFor({ timeout: 5_000 });
      return row;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

export function targetItem(page, text) {
  return page.locator('.statusbar-item', { hasText: text }).first();
}

/** Status bar → Kernel → the kernel picker; leaves the kernel picker open. */
export async function openKernelPicker(page, current) {
  await targetItem(page, current).click({ timeout: STEP_TIMEOUT });
  await chooseRow(page, 'Kernel');
  await quickPick(page).locator('.quick-input-title', { hasText: 'target kernel' }).waitFor({ timeout: STEP_TIMEOUT });
}

/** Polls `condition` (cheap, synchronous) until it holds; fails with `what` after `timeout` ms. */
async function until(condition, what, timeout = STEP_TIMEOUT) {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(what);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Asks for the hover on a sysctl key until the language server's part of it ("IBM paper:") shows:
 * the proof that a (re)started server has initialized and answers. A request sent while the client
 * is between servers gets no answer, so ask again.
 */
async function hoverFromServer(page, timeout = 60_000) {
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'IBM paper:' }).first();
  const deadline = Date.now() + timeout;
  for (;;) {
    await goToLine(page, 4, 10);
    await runCommand(page, 'Show or Focus Hover');
    try {
      await hover.waitFor({ state: 'visible', timeout: 5_000 });
      await page.keyboard.press('Escape');
      return;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw error;
    }
  }
}

export const CONVENIENCE_CHECKS = [
  {
    name: 'status bar shows the target; choosing a kernel in its quick pick changes the Problems panel',
    async run(page) {
      const settings = join(WORKSPACE, '.vscode', 'settings.json');
      const hadSettings = existsSync(settings);
      await clearNotifications(page);
      await openFile(page, 'sysctl.d/95-target.conf');
      await runCommand(page, 'View: Focus Problems');
      const paperRow = page.locator('.markers-panel .monaco-list-row', { hasText: 'set kvmtune.kernel to judge it' });
      await paperRow.first().waitFor({ timeout: STEP_TIMEOUT });
      await targetItem(page, 'kvmtune: paper').waitFor({ timeout: STEP_TIMEOUT });
      const files = [await screenshot(page, 'status-bar-paper.png')];

      await openKernelPicker(page, 'kvmtune: paper');
      await quickPick(page).locator('.quick-input-list .monaco-list-row', { hasText: '4.14' }).first().waitFor({ timeout: STEP_TIMEOUT });
      files.push(await screenshot(page, 'kernel-picker.png'));
      // The list is virtual: "Other…" at its end is only rendered once the filter brings it up.
      const input = quickPick(page).locator('input');
      await input.fill('Other');
      await chooseRow(page, 'Other…');
      await quickPick(page).getByText('Kernel version as major.minor').waitFor({ timeout: STEP_TIMEOUT });
      await input.fill('6.8');
      await page.keyboard.press('Enter');
      await targetItem(page, 'kvmtune: 6.8').waitFor({ timeout: STEP_TIMEOUT });
      await paperRow.first().waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'tcp_low_latency has no effect since Linux 4.14' }).first().waitFor({ timeout: STEP_TIMEOUT });
      files.push(await screenshot(page, 'status-bar-6.8.png'));

      await openKernelPicker(page, 'kvmtune: 6.8');
      await chooseRow(page, 'As the paper');
      await targetItem(page, 'kvmtune: paper').waitFor({ timeout: STEP_TIMEOUT });
      await paperRow.first().waitFor({ timeout: STEP_TIMEOUT });
      if (!hadSettings) rmSync(settings, { force: true });
      return files;
    },
  },
  {
    name: 'the walkthrough "Tune KVM networking with kvmtune" opens with its five steps',
    async run(page) {
      await clearNotifications(page);
      await commandWithPicker(page, 'Welcome: Open Walkthrough');
      await chooseRow(page, 'Tune KVM networking with kvmtune');
      const container = page.locator('.gettingStartedContainer', { hasText: 'Tune KVM networking with kvmtune' });
      await container.waitFor({ timeout: STEP_TIMEOUT });
      for (const title of ['Open the samples', 'See a paper warning and apply its fix', 'Set the target kernel', 'Compare two uperf runs', 'Generate the 20-test matrix']) {
        await container.locator('.getting-started-step', { hasText: title }).first().waitFor({ state: 'attached', timeout: STEP_TIMEOUT });
      }
      const files = [await screenshot(page, 'walkthrough.png')];
      await runCommand(page, 'View: Close All Editors');
      return files;
    },
  },
  {
    name: 'a task with the $kvmtune problem matcher fills the Problems panel from kvmtune lint',
    async run(page) {
      await clearNotifications(page);
      await commandWithPicker(page, 'Tasks: Run Task');
      await chooseRow(page, 'kvmtune lint');
      await problemsRowFromTask(page, 'kvmtune lint');
      const rows = page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'kvmtune lint' });
      for (const rule of ['sysctl-removed-key', 'sysctl-quoted-value']) {
        if ((await rows.filter({ hasText: rule }).count()) === 0) {
          throw new Error(`no task problem for ${rule}: ${JSON.stringify(await page.locator('.markers-panel').innerText())}`);
        }
      }
      return [await screenshot(page, 'task-problems.png')];
    },
  },
  {
    // Last: it leaves the server restarted by hand, with five crashes on the client's record.
    name: 'a language server that keeps crashing gets kvmtune\'s message with "Show Output", and the log says why',
    async run(page, { server }) {
      await clearNotifications(page);
      await openFile(page, 'sysctl.d/90-diagnostics.conf');
      // The client restarts a crashed server four times quietly; the fifth crash within three minutes is reported.
      for (let crash = 1; crash <= 5; crash++) {
        await hoverFromServer(page);
        const servers = languageServers(server.pid);
        if (servers.length !== 1) throw new Error(`before crash ${crash}: expected one kvmtune language server under code-server, found ${JSON.stringify(servers)}`);
        if (crash === 1) {
          // What VS Code started it with is what server/src/serverFlags.ts asks for.
          const started = JSON.stringify(startedWith(servers[0], ['MALLOC_ARENA_MAX']));
          const expected = JSON.stringify({ nodeFlags: ['--expose-gc', '--max-semi-space-size=4'], env: { MALLOC_ARENA_MAX: '2' } });
          if (started !== expected) throw new Error(`the language server was started with ${started}, expected ${expected}`);
        }
        process.kill(servers[0], 'SIGKILL');
        await until(() => !isRunning(servers[0]), `language server ${servers[0]} still runs after SIGKILL`);
      }
      const toast = page.locator('.notification-toast', { hasText: 'kvmtune: the language server crashed 5 times in 3 minutes' }).first();
      await toast.waitFor({ timeout: STEP_TIMEOUT });
      await toast.locator('.monaco-button', { hasText: 'Restart Server' }).waitFor({ timeout: STEP_TIMEOUT });
      const files = [await screenshot(page, 'server-crashed.png')];
      await toast.locator('.monaco-button', { hasText: 'Show Output' }).click();
      await page.locator('.part.panel .monaco-editor', { hasText: 'restarting it (4 in the last 3 minutes)' }).first().waitFor({ timeout: STEP_TIMEOUT });
      files.push(await screenshot(page, 'server-crashed-output.png'));
      await until(() => languageServers(server.pid).length === 0, 'a language server runs after the client gave up');
      await runCommand(page, 'kvmtune: Restart Language Server');
      await hoverFromServer(page);
      await runCommand(page, 'View: Close All Editors');
      return files;
    },
  },
];
