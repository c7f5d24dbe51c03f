import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GENERATED_FILES, renderSchema } from '../../../scripts/generate-schemas';
import { SYSCTL_KEYS } from '../../../server/src/languages/sysctl/keyTable';
import { buildSysctlSchema, keyPattern } from '../../../server/src/languages/sysctl/schema';
import { typedValue, validateValues } from '../../../server/src/languages/sysctl/validateValues';
import { parseSysctlText } from '../../../server/src/languages/sysctl/parser';
import { settingsOfFile } from '../../../server/src/languages/sysctl/setting';

const ROOT = join(__dirname, '..', '..', '..');

describe('sysctl JSON schema', () => {
  it('the checked-in schemas and kernel list match what scripts/generate-schemas.ts builds', () => {
    for (const { file, build } of GENERATED_FILES) {
      assert.equal(readFileSync(join(ROOT, file), 'utf8'), renderSchema(build()), `${file} is stale: run npx tsx scripts/generate-schemas.ts`);
    }
  });

  it('has one property or pattern per table key', () => {
    const schema = buildSysctlSchema() as { properties: object; patternProperties: object };
    assert.equal(Object.keys(schema.properties).length + Object.keys(schema.patternProperties).length, SYSCTL_KEYS.length);
    assert.ok('^net\\.ipv4\\.conf\\.[^.]+\\.rp_filter$' in schema.patternProperties);
  });

  it('turns <iface> into a pattern that matches any interface name', () => {
    const pattern = new RegExp(keyPattern('net.ipv4.conf.<iface>.rp_filter'));
    assert.ok(pattern.test('net.ipv4.conf.eth0.rp_filter'));
    assert.ok(pattern.test('net.ipv4.conf.all.rp_filter'));
    assert.ok(!pattern.test('net.ipv4.conf.eth0.100.rp_filter'));
  });

  it('types values the way the kernel reads them', () => {
    const rmem = SYSCTL_KEYS.find((k) => k.key === 'net.ipv4.tcp_rmem')!;
    const backlog = SYSCTL_KEYS.find((k) => k.key === 'net.core.netdev_max_backlog')!;
    const qdisc = SYSCTL_KEYS.find((k) => k.key === 'net.core.default_qdisc')!;
    assert.deepEqual(typedValue(rmem, '4096 87380 4136960'), [4096, 87380, 4136960]);
    assert.equal(typedValue(backlog, '25000 # note'), 25000);
    assert.equal(typedValue(backlog, '0x10'), 16);
    assert.equal(typedValue(backlog, 'many'), 'many');
    assert.equal(typedValue(backlog, '"25000"'), undefined);
    assert.equal(typedValue(qdisc, 'fq # note'), undefined);
  });

  it('puts a rejected member of a vector on that member', () => {
    const problems = validateValues(settingsOfFile(parseSysctlText('net.ipv4.tcp_rmem = 4096 0 4136960\n')));
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0].range, { start: { line: 0, character: 25 }, end: { line: 0, character: 26 } });
    assert.equal(problems[0].message, "net.ipv4.tcp_rmem: 0 is below the kernel's minimum 1; the kernel rejects '4096 0 4136960' (EINVAL) and keeps its value.");
  });

  it('validates repeated keys layer by layer, so an overridden bad value is still reported', () => {
    const problems = validateValues(settingsOfFile(parseSysctlText('net.ipv4.tcp_syn_retries = 500\nnet.ipv4.tcp_syn_retries = 6\n')));
    assert.deepEqual(problems.map((p) => p.range.start.line), [0]);
  });
});
