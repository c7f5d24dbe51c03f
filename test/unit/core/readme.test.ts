import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { allRules } from '../../../server/src/cli/rules';
import { README, withRuleTable } from '../../../scripts/update-readme';

describe('rule registry and its documentation', () => {
  it('README carries the rule table generated from the registry (run npm run docs:rules)', () => {
    const readme = readFileSync(README, 'utf8');
    assert.equal(readme, withRuleTable(readme));
  });

  it('every rule has a kebab-case id prefixed with its language, a summary and a docs page', () => {
    const ids = new Set<string>();
    for (const { rule, languages } of allRules()) {
      assert.match(rule.id, new RegExp(`^${languages[0]}(-[a-z0-9]+)+$`));
      assert.ok(!ids.has(rule.id), `duplicate id ${rule.id}`);
      ids.add(rule.id);
      assert.ok(rule.summary.length > 10 && !rule.summary.includes('\n'), rule.id);
      assert.ok(existsSync(path.join(__dirname, '..', '..', '..', 'docs', 'rules', `${rule.id}.md`)), `docs/rules/${rule.id}.md`);
    }
    assert.ok(ids.size > 0);
  });
});

describe('README settings table', () => {
  it('lists every setting package.json contributes', () => {
    const readme = readFileSync(README, 'utf8');
    const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
    for (const key of Object.keys(manifest.contributes.configuration.properties)) {
      assert.match(readme, new RegExp(`^\\| \`${key.replace(/\./g, '\\.')}\` \\|`, 'm'), `${key} has no row in the README's Settings table`);
    }
  });
});
