import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { harnessFor } from '../../support/languageHarness';

export { brief, only, service, settings } from '../../support/languageHarness';

const sysctl = harnessFor('sysctl', 'file:///etc/sysctl.d/90-test.conf');
export const sysctlDoc = sysctl.doc;
export const lint = sysctl.lint;
export const applyFix = sysctl.applyFix;

/** The paper's chapter 7 table as a sysctl file (values unquoted). */
export const PAPER_BLOCK = readFileSync(join(__dirname, '..', '..', 'fixtures', 'sysctl', 'paper-chapter7.conf'), 'utf8');
