import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const CORPUS = path.join(__dirname, '..', 'fixtures', 'libvirt', 'corpus');

describe('bundled CLI on libvirt domain files', () => {
  it('kvmtune lint detects every corpus file as libvirt by its root element and errors only in the invalid ones', () => {
    const result = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', CORPUS], { encoding: 'utf8' });
    assert.equal(result.stderr, '');
    assert.equal(result.status, 1);
    const reports = JSON.parse(result.stdout) as { file: string; language: string; diagnostics: { rule: string; severity: string; range: { start: { line: number } } }[] }[];
    assert.equal(reports.length, 60);
    assert.ok(reports.every((r) => r.language === 'libvirt'));
    const errors = reports.flatMap((r) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${path.basename(r.file)}:${d.range.start.line + 1} ${d.rule}`));
    assert.deepEqual(errors, [
      'net-hostdev-fail.xml:31 libvirt-element-for-type',
      'net-hostdev-fail.xml:32 libvirt-element-for-type',
      'net-user-slirp-portforward.xml:14 libvirt-element-for-type',
      'net-vhostuser-fail.xml:30 libvirt-element-for-type',
      'net-vhostuser-fail.xml:31 libvirt-element-for-type',
      'net-vhostuser-passt-no-shmem.xml:28 libvirt-vhostuser-vdpa',
      'net-vhostuser-passt-no-shmem.xml:53 libvirt-vhostuser-vdpa',
      'net-vhostuser-passt-no-shmem.xml:58 libvirt-vhostuser-vdpa',
      'net-virtio-rxqueuesize-invalid-size.xml:25 libvirt-queue-size',
      'vhost_queues-invalid.xml:28 libvirt-schema',
    ]);
  });
});
