// Drives the code-server workbench in Debian's Chromium through playwright-core.
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './paths.mjs';

const BROWSER_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: BROWSER_ARGS });
}

/** The workbench URL for `workspace`, with the development extension and optionally a test entry point. */
export function workbenchUrl(server, { workspace, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
  const payload = [['skipWelcome', 'true']];
  if (extensionDevelopmentPath) payload.unshift(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.splice(1, 0, ['extensionTestsPath', remote(extensionTestsPath)]);
  return `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * Opens the workbench with `extensionTestsPath` and resolves with the exit code the workbench
 * reports through codeAutomationExit once the suite's run() settles. Log lines are forwarded.
 */
export async function runSuiteInWorkbench(browser, server, options, { timeoutMs = 10 * 60_000, onLog = (line) => console.log(line) } = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  let timer;
  let settle;
  const exitCode = new Promise((resolve, reject) => { settle = { resolve, reject }; });
  try {
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      onLog(format(...(Array.isArray(args) ? args : [args])));
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle.resolve(Number(code)));
    page.on('pageerror', (error) => onLog(`[page error] ${error.message}`));
    timer = setTimeout(
      () => settle.reject(new Error(`e2e suite did not finish within ${timeoutMs / 1000} s (no codeAutomationExit from the workbench)`)),
      timeoutMs,
    );
    await page.goto(workbenchUrl(server, options));
    return await exitCode;
  } finally {
    clearTimeout(timer);
    await context.close();
  }
}
