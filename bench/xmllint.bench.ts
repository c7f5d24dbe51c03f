// libvirt: `kvmtune lint`'s engine over the corpus domains in one process vs `xmllint --noout --relaxng`
// with libvirt's own schema (Debian libvirt-clients) on the same files. Measured only when both exist.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageEntry } from '../server/src/languages/registry';
import { ruleDocUrl } from '../server/src/ruleDocs';
import { createLanguageService } from '../server/src/service/languageService';
import { DEFAULT_SETTINGS } from '../server/src/service/types';
import { fixtureFiles } from './inputs';
import { row, type BenchRow } from './row';
import { ms } from './stats';

const SCHEMA = '/usr/share/libvirt/schemas/domain.rng';

export function benchXmllint(entry: LanguageEntry | undefined): BenchRow[] {
  if (!entry?.support) return [];
  const files = fixtureFiles(entry.id).filter((f) => f.endsWith('.xml') && /<domain[\s>]/.test(readFileSync(f, 'utf8')));
  const xmllint = spawnSync('xmllint', ['--version']);
  if (files.length === 0 || xmllint.error || !existsSync(SCHEMA)) {
    const why = files.length === 0 ? 'no domain fixtures' : !existsSync(SCHEMA) ? `no ${SCHEMA} (apt-get install libvirt-clients)` : 'no xmllint on PATH';
    return [row(entry.id, 'kvmtune lint vs xmllint --relaxng on the corpus domains', `not measured: ${why}`)];
  }
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const lint = () => {
    const service = createLanguageService({ resolve: () => entry.support, ruleDocUrl });
    texts.forEach((text, i) => service.validate(TextDocument.create(`file:///c/${i}.xml`, 'xml', 1, text), DEFAULT_SETTINGS));
  };
  lint();
  let start = performance.now();
  lint();
  const ours = performance.now() - start;
  start = performance.now();
  spawnSync('xmllint', ['--noout', '--relaxng', SCHEMA, ...files], { stdio: 'ignore' });
  const theirs = performance.now() - start;
  return [row(entry.id, `kvmtune engine vs xmllint --noout --relaxng, ${files.length} corpus domains`, `${ms(ours)} vs ${ms(theirs)}`, { text: 'aim: faster', ok: ours <= theirs }, { ours, theirs })];
}
