// Refreshes docs/images/screenshot.png from a running `npm start`:
//   npm start   (in another terminal), then: node scripts/e2e/docs-screenshot.mjs [url]
import { join } from 'node:path';
import { clearNotifications, goToLine, openFile, runCommand } from './ui.mjs';
import { ROOT } from './paths.mjs';
import { launchBrowser } from './workbench.mjs';

const url = process.argv[2] ?? `http://127.0.0.1:8080/?folder=${encodeURIComponent(join(ROOT, 'samples'))}`;
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(url);
  await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
  await openFile(page, 'sysctl.d/99-kvm-tuning.conf');
  await runCommand(page, 'View: Focus Problems');
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'sysctl-removed-key' }).first().waitFor({ timeout: 30_000 });
  await clearNotifications(page);
  await goToLine(page, 5, 12);
  await runCommand(page, 'Show or Focus Hover');
  await page.locator('.monaco-hover:not(.hidden)', { hasText: 'rmem_max' }).first().waitFor({ state: 'visible', timeout: 30_000 });
  const file = join(ROOT, 'docs', 'images', 'screenshot.png');
  await page.screenshot({ path: file, animations: 'disabled' });
  console.log(`saved ${file}`);
} finally {
  await browser.close();
}
