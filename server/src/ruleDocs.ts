import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** docs/ ships beside dist/ in the extension; from sources (tests) it is two levels up. */
const DOCS_DIR = [path.join(__dirname, '..', 'docs', 'rules'), path.join(__dirname, '..', '..', 'docs', 'rules')].find(
  (dir) => existsSync(dir),
) ?? path.join(__dirname, '..', 'docs', 'rules');

/** Where a rule's documentation page lives, as a file URL: diagnostics and SARIF link to it. */
export function ruleDocUrl(ruleId: string): string {
  return pathToFileURL(path.join(DOCS_DIR, `${ruleId}.md`)).toString();
}
