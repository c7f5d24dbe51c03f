import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { normalizeSettings } from '../../../server/src/service/settings';
import { parseTuned } from '../../../server/src/languages/tuned/parser';
import { lintTuned, tunedDoc } from './lint';

interface UnitVerdict {
  type: string;
  enabled: boolean;
  plugin?: 'missing' | 'import-failed';
  unknownOptions?: string[];
}
interface Verdict {
  loads: boolean;
  error?: string;
  units?: Record<string, UnitVerdict>;
}

const ROOT = join(__dirname, '..', '..', 'fixtures', 'tuned');
const TRUTH = JSON.parse(readFileSync(join(ROOT, 'truth', 'tuned-2.20-verdicts.json'), 'utf8')) as { tuned: string; profiles: Record<string, Verdict> };
const SETTINGS = normalizeSettings({ tuned: { version: '2.20' } });
/** Findings that say the profile will not load. */
const LOAD_BREAKERS = new Set(['tuned-missing-section-header', 'tuned-invalid-line', 'tuned-include-list', 'tuned-missing-include', 'tuned-duplicate-key']);

describe(`kvmtune's tuned verdicts agree with tuned ${TRUTH.tuned}'s loader (test/fixtures/tuned/truth)`, () => {
  for (const [file, verdict] of Object.entries(TRUTH.profiles)) {
    it(file, () => {
      const path = join(ROOT, file);
      const text = readFileSync(path, 'utf8');
      const uri = pathToFileURL(path).toString();
      const findings = lintTuned(text, SETTINGS, uri);
      const breaks = findings.filter((f) => LOAD_BREAKERS.has(f.ruleId) && f.severity === 'error');
      assert.equal(breaks.length === 0, verdict.loads, `loads: ${verdict.error ?? ''} / ${breaks.map((b) => b.message).join('; ')}`);
      if (!verdict.units) return;
      const profile = parseTuned(tunedDoc(text, uri));
      const sectionOf = (line: number) => profile.ini.sections.filter((s) => s.line <= line).pop()?.name;
      for (const [name, unit] of Object.entries(verdict.units)) {
        const own = profile.units.find((u) => u.name === name);
        // Sections that come only from included profiles are those profiles' findings.
        if (!own) continue;
        const missingPlugin = findings.some((f) => f.ruleId === 'tuned-unknown-plugin' && sectionOf(f.range.start.line) === name);
        assert.equal(missingPlugin, unit.plugin === 'missing', `[${name}] plugin`);
        if (!unit.unknownOptions) continue;
        const unknown = findings
          .filter((f) => (f.ruleId === 'tuned-unknown-option' || f.ruleId === 'tuned-misplaced-setting') && f.severity !== 'info' && sectionOf(f.range.start.line) === name)
          .map((f) => text.split(/\r\n|\r|\n/)[f.range.start.line].slice(f.range.start.character, f.range.end.character))
          .sort();
        const writtenHere = unit.unknownOptions.filter((o) => own.options.some((e) => e.name === o && !e.fromDefault));
        assert.deepEqual(unknown, writtenHere, `[${name}] unknown options`);
      }
      for (const f of findings.filter((x) => x.ruleId === 'tuned-enabled-value')) {
        assert.equal(verdict.units[sectionOf(f.range.start.line)!]?.enabled, false, 'a section reported as switched off is off in tuned');
      }
    });
  }
});
