import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { brief, errors, lint } from './lint';

const CORPUS = join(__dirname, '..', '..', 'fixtures', 'libvirt', 'corpus');

/** The rows of EXPECTED.md: file and whether libvirt's own tests accept it. */
function expectedRows(): { file: string; valid: boolean }[] {
  return readFileSync(join(CORPUS, 'EXPECTED.md'), 'utf8')
    .split('\n')
    .map((line) => /^\| ([\w.-]+\.xml) \| (valid|invalid)\b/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ file: m[1], valid: m[2] === 'valid' }));
}

/** Where each invalid file is wrong: the error kvmtune must report, all four range numbers. */
const OFFENDING: Record<string, string[]> = {
  'net-hostdev-fail.xml': ['30:7-16 error libvirt-element-for-type', '31:15-18 error libvirt-element-for-type'],
  'net-user-slirp-portforward.xml': ['13:7-18 error libvirt-element-for-type'],
  'net-vhostuser-fail.xml': ['29:7-16 error libvirt-element-for-type', '30:15-18 error libvirt-element-for-type'],
  'net-vhostuser-passt-no-shmem.xml': ['27:21-30 error libvirt-vhostuser-vdpa', '52:21-30 error libvirt-vhostuser-vdpa', '57:21-30 error libvirt-vhostuser-vdpa'],
  'net-virtio-rxqueuesize-invalid-size.xml': ['24:29-32 error libvirt-queue-size'],
  'vhost_queues-invalid.xml': ['27:35-37 error libvirt-schema'],
};

describe("libvirt corpus: kvmtune's verdict matches every row of EXPECTED.md", () => {
  const rows = expectedRows();

  it('EXPECTED.md has a row for each of the 60 copied files', () => {
    assert.equal(rows.length, 60);
    assert.deepEqual(Object.keys(OFFENDING).sort(), rows.filter((r) => !r.valid).map((r) => r.file).sort());
  });

  for (const row of rows) {
    it(`${row.file}: ${row.valid ? 'valid, no error' : `invalid, error at ${OFFENDING[row.file]?.join(' and ')}`}`, () => {
      const found = errors(lint(readFileSync(join(CORPUS, row.file), 'utf8'))).map(brief);
      assert.deepEqual(found, row.valid ? [] : OFFENDING[row.file]);
    });
  }

  it('the offending messages carry libvirt’s own words', () => {
    const message = (file: string) => errors(lint(readFileSync(join(CORPUS, file), 'utf8')))[0].message;
    assert.match(message('net-user-slirp-portforward.xml'), /The <portForward> element can only be used with <interface type='user'> and its 'passt' backend/);
    assert.match(message('net-virtio-rxqueuesize-invalid-size.xml'), /^rx_queue_size has to be a power of two; libvirt refuses to define the domain with 511 \(try 512\)\.$/);
    assert.match(message('net-vhostuser-passt-no-shmem.xml'), /^'interface' requires shared memory/);
  });
});
