import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LANGUAGES } from '../../../server/src/languages/registry';

const ROOT = join(__dirname, '..', '..', '..');
const hooks = readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');

function field(name: string): string {
  const match = new RegExp(`^[\\s-]+${name}: (.*)$`, 'm').exec(hooks);
  assert.ok(match, `.pre-commit-hooks.yaml has no ${name}`);
  return match[1].trim();
}

/** A path a pattern matches: `**\/` becomes a folder, `*` a name. */
function example(pattern: string): string {
  return pattern.replace(/^\*\*\//, 'etc/').replace(/\*\*\//g, 'a/').replace(/\*/g, 'x');
}

describe('.pre-commit-hooks.yaml', () => {
  it('is a node hook running kvmtune lint that tolerates commits with no kvmtune file', () => {
    assert.equal(field('id'), 'kvmtune-lint');
    assert.equal(field('language'), 'node');
    assert.equal(field('entry'), 'kvmtune lint --allow-no-files');
  });

  it('its files pattern takes every language the registry knows, by file name or as XML', () => {
    const files = new RegExp(field('files'));
    for (const entry of LANGUAGES) {
      const examples = entry.host === 'xml'
        ? ['uperf/profiles/rr1c-1x1--1.xml']
        : [...(entry.filenames ?? []).map((n) => `etc/${n}`), ...(entry.filenamePatterns ?? []).map(example)];
      assert.ok(examples.length > 0, `${entry.id} has no file name to test`);
      for (const path of examples) assert.ok(files.test(path), `${entry.id}: ${path} is not passed to the hook`);
    }
    for (const path of ['etc/tuned/virtual-host/tuned.conf', 'etc/sysctl.conf', 'etc/sysconfig/network-scripts/ifcfg-eth0']) {
      assert.ok(files.test(path), path);
    }
    for (const path of ['README.md', 'src/app.conf', 'etc/sysctl.d/README']) assert.ok(!files.test(path), path);
  });
});
