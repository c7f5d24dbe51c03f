import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** docs/ ships beside dist/ in the extension; from sources (tests) it is two levels up. */
const DOCS_DIR = [path.join(__dirname, '..', 'docs', 'rules'), path.join(__dirname, '..', '..', 'docs', 'rules')].find(
  (dir) => existsSync(dir),
) ?? path.join(__dirname, '..', 'docs', 'rules');

// Every diagnostic carries its rule's URL and building one costs microseconds; rule ids are few.
const urls = new Map<string, string>();
const MAX_CACHED_URLS = 1_000;

/** Where a rule's documentation page lives, as a file URL: diagnostics and SARIF link to it. */
export function ruleDocUrl(ruleId: string): string {
  let url = urls.get(ruleId);
  if (url === undefined) {
    url = pathToFileURL(path.join(DOCS_DIR, `${ruleId}.md`)).toString();
    if (urls.size >= MAX_CACHED_URLS) urls.clear();
    urls.set(ruleId, url);
  }
  return url;
}
