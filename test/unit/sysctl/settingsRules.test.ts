import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TUNABLES } from '../../../server/src/languages/common/tunables';
import { SYSCTL_KEYS } from '../../../server/src/languages/sysctl/keyTable';
import { checkSysctlSettings, sysctlRules, sysctlSettingsRules, sysctlSyntaxRules, type SysctlSetting } from '../../../server/src/languages/sysctl/rules';
import { DEFAULT_SETTINGS } from '../../../server/src/service/types';

const SYSCTL_SRC = join(__dirname, '..', '..', '..', 'server', 'src', 'languages', 'sysctl');

/** A setting as another format (a tuned profile's [sysctl] option) would hand it over. */
function setting(line: number, key: string, value: string, keyStart = 0): SysctlSetting {
  const valueStart = keyStart + key.length + 1;
  return {
    key,
    value,
    line,
    keyRange: { start: { line, character: keyStart }, end: { line, character: keyStart + key.length } },
    valueRange: { start: { line, character: valueStart }, end: { line, character: valueStart + value.length } },
  };
}

const ctx = { doc: TextDocument.create('file:///etc/tuned/x/tuned.conf', 'tuned', 1, ''), settings: DEFAULT_SETTINGS };

describe('sysctl settings rules (shared with tuned)', () => {
  it('judge neutral settings with exact ranges and the sysctl-* ids', () => {
    const found = checkSysctlSettings(
      [setting(1, 'net.core.netdev_max_backlog', '5000'), setting(2, 'net.ipv4.tcp_rmme', '4096 87380 4136960'), setting(3, 'net.ipv4.tcp_syn_retries', '500'), setting(4, 'kvm.halt_poll_ns', '80000')],
      ctx,
    );
    assert.deepEqual(
      found.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`),
      ['sysctl-unknown-key 2:0-2:17', 'sysctl-not-a-sysctl 4:0-4:16', 'sysctl-invalid-value 3:25-3:28', 'sysctl-netdev-max-backlog 1:28-1:32'],
    );
  });

  it('split the rule list: syntax rules and settings rules together are every sysctl rule, in one place', () => {
    const syntax = sysctlSyntaxRules.map((r) => r.id);
    const settings = sysctlSettingsRules.map((r) => r.id);
    assert.deepEqual(sysctlRules.map((r) => r.id), [...syntax, ...settings]);
    assert.equal(new Set([...syntax, ...settings]).size, syntax.length + settings.length);
    assert.ok(syntax.includes('sysctl-quoted-value') && syntax.includes('sysctl-inline-comment') && syntax.includes('sysctl-missing-equals'));
    assert.ok(settings.includes('sysctl-invalid-value') && settings.includes('sysctl-unknown-key'));
  });

  it('every rule lives in rules/<its id>.ts', () => {
    const files = readdirSync(join(SYSCTL_SRC, 'rules')).filter((f) => f.startsWith('sysctl-')).map((f) => f.replace(/\.ts$/, ''));
    assert.deepEqual(files.sort(), sysctlRules.map((r) => r.id).sort());
    for (const id of files) assert.match(readFileSync(join(SYSCTL_SRC, 'rules', `${id}.ts`), 'utf8'), new RegExp(`id: '${id}'`));
  });

  it('the key table says which paper rule covers a key, and every paper rule covers one', () => {
    const paperRules = sysctlSettingsRules.filter((r) => r.fromPaper).map((r) => r.id);
    const named = new Set(SYSCTL_KEYS.flatMap((info) => (info.paperRule ? [info.paperRule] : [])));
    assert.deepEqual([...named].sort(), [...paperRules].sort());
    for (const info of SYSCTL_KEYS) if (info.paperRule) assert.ok(info.paper, `${info.key} names a paper rule but has no paper value`);
  });

  it('hover, completion and key docs read the table, never a rule file', () => {
    for (const file of ['hover.ts', 'completion.ts', 'keyDocs.ts', 'keyTable.ts']) {
      assert.doesNotMatch(readFileSync(join(SYSCTL_SRC, file), 'utf8'), /from '\.\/rules|import '\.\//, file);
    }
  });

  it('sysctl-not-a-sysctl reports every tunable of the shared table', () => {
    for (const tunable of TUNABLES) {
      const [found] = checkSysctlSettings([setting(0, `net.core.${tunable.name}`, tunable.paper?.value ?? '1')], ctx);
      assert.equal(found?.ruleId, 'sysctl-not-a-sysctl', tunable.name);
      assert.ok(found.message.startsWith(`${tunable.name} is `), found.message);
      assert.ok(tunable.sysfs !== undefined && found.message.includes(tunable.sysfs), found.message);
    }
  });
});
