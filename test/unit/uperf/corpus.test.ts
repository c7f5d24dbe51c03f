import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { errors, lintUperf, uperfSettings } from './lint';

/*
 * Every profile from uperf's own repository and from projects that ship uperf profiles, with the
 * verdict uperf itself gives (upstream HEAD c93e902 on Linux: TCP, UDP and VSOCK built, no SCTP,
 * SSL or RDS). A profile is rejected iff kvmtune reports an error, and the rules named must be
 * exactly the ones that fire at error level.
 */

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'uperf');
const LINUX_BUILD = uperfSettings({ uperfProtocols: ['vsock'] });
const FULL_BUILD = uperfSettings({ uperfProtocols: ['vsock', 'sctp', 'ssl', 'rds'] });

/** Rejected profiles: the rules that fire at error level, and the build that would accept them (if any). */
const REJECTED: Record<string, { rules: string[]; acceptedWith?: 'sctp' | 'ssl' | 'rds' }> = {
  'tests/parse_err.xml': { rules: ['uperf-unknown-symbol'] },
  'tests/unknown_proto.xml': { rules: ['uperf-invalid-option-value'] },
  'workloads/oraclerac.xml': { rules: ['uperf-flowop-type', 'uperf-invalid-option-value', 'uperf-unknown-option'] },
  'profiles-external/sferlin__bench-uperf__zc.xml': { rules: ['uperf-invalid-option-value'] },
  'tests/01simple_sctp.xml': { rules: ['uperf-invalid-option-value'], acceptedWith: 'sctp' },
  'tests/02_2proto1group.xml': { rules: ['uperf-invalid-option-value'], acceptedWith: 'sctp' },
  'tests/3proto.xml': { rules: ['uperf-invalid-option-value'], acceptedWith: 'sctp' },
  'tests/a.xml': { rules: ['uperf-invalid-option-value'], acceptedWith: 'sctp' },
  'tests/accept-sctp.xml': { rules: ['uperf-invalid-option-value'], acceptedWith: 'sctp' },
  'tests/multi_proto_connect.xml': { rules: ['uperf-invalid-option-value'], acceptedWith: 'sctp' },
  'tests/throughput_sctp.xml': { rules: ['uperf-invalid-option-value'], acceptedWith: 'sctp' },
  'workloads/sctp.xml': { rules: ['uperf-invalid-option-value', 'uperf-unknown-option'], acceptedWith: 'sctp' },
  'workloads/sctp-over-udp.xml': { rules: ['uperf-invalid-option-value', 'uperf-unknown-option'], acceptedWith: 'sctp' },
  'workloads/sctp_flowop_test.xml': { rules: ['uperf-invalid-option-value', 'uperf-unknown-option'], acceptedWith: 'sctp' },
  'tests/01simple_ssl.xml': { rules: ['uperf-invalid-option-value'], acceptedWith: 'ssl' },
  'workloads/ssl.xml': { rules: ['uperf-invalid-option-value', 'uperf-unknown-option'], acceptedWith: 'ssl' },
  'tests/test_rds.xml': { rules: ['uperf-invalid-option-value'], acceptedWith: 'rds' },
  'workloads/rdstest.xml': { rules: ['uperf-invalid-option-value'], acceptedWith: 'rds' },
};

function corpusFiles(): string[] {
  const files: string[] = [];
  for (const dir of ['profiles/workloads', 'profiles/tests', 'profiles/manual']) {
    for (const file of readdirSync(join(FIXTURES, dir))) files.push(`${dir}/${file}`);
  }
  for (const file of readdirSync(join(FIXTURES, 'profiles-external'))) files.push(`profiles-external/${file}`);
  return files.sort();
}

const key = (file: string) => file.replace(/^profiles\//, '');
const errorRules = (text: string, settings = LINUX_BUILD) => [...new Set(errors(lintUperf(text, settings)).map((f) => f.ruleId))].sort();

describe('uperf corpus: kvmtune errors exactly where uperf rejects a profile', () => {
  const files = corpusFiles();

  it('holds all 62 upstream profiles and the 14 external ones', () => {
    assert.equal(files.filter((f) => f.startsWith('profiles/')).length, 62);
    assert.equal(files.filter((f) => f.startsWith('profiles-external/')).length, 14);
    for (const name of Object.keys(REJECTED)) assert.ok(files.map(key).includes(name), name);
  });

  for (const file of files) {
    const expected = REJECTED[key(file)];
    it(`${key(file)}: ${expected ? `rejected (${expected.rules.join(', ')})` : 'accepted'}`, () => {
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      assert.deepEqual(errorRules(text), expected ? [...expected.rules].sort() : []);
      if (expected?.acceptedWith) assert.deepEqual(errorRules(text, FULL_BUILD), [], 'accepted by a build with all protocols');
    });
  }

  it('an unquoted <?xml version=1.0?> and unquoted type=write (accepted by uperf) get no error', () => {
    const text = readFileSync(join(FIXTURES, 'profiles-external', 'cloud-bulldozer__benchmark-operator__docs-uperf-md-tcp-stream-16384B-2i.xml'), 'utf8');
    assert.ok(text.includes('<?xml version=1.0?>') && text.includes('type=write'));
    assert.deepEqual(errorRules(text), []);
  });

  it('tests/canfail.xml (an extra </transaction>, not well-formed XML) is accepted as uperf accepts it', () => {
    const text = readFileSync(join(FIXTURES, 'profiles', 'tests', 'canfail.xml'), 'utf8');
    assert.deepEqual(lintUperf(text, LINUX_BUILD).filter((f) => f.severity !== 'info').map((f) => f.ruleId), []);
  });
});
