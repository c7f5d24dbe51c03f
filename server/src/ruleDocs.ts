import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** docs/ ships beside dist/ in the extension; from sources (tests) it is two levels up. */
const DOCS_DIR = [path.join(__dirname, '..', 'docs', 'rules'), path.join(__dirname, '..', '..', 'docs', 'rules')].find(
  (dir) => existsSync(dir),
) ?? path.join(__dirname, '..', 'docs', 'rules');

/** Every diagnostic carries its rule's link; building the URL (path join and encoding) once per rule id, not per finding. */
const urls = new Map<string, string>();

/** Where a rule's documentation page lives, as a file URL: diagnostics and SARIF link to it. */
export function ruleDocUrl(ruleId: string): string {
  let url = urls.get(ruleId);
  if (url === undefined) {
    url = pathToFileURL(path.join(DOCS_DIR, `${ruleId}.md`)).toString();
    // Rule ids are a fixed set; anything else (a caller's typo) is not kept.
    if (urls.size < 1_000) urls.set(ruleId, url);
  }
  return url;
}
