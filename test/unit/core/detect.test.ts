import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from '../../../server/src/service/detect';

describe('language detection', () => {
  it('uses the path first', () => {
    assert.equal(detectLanguage('/etc/sysctl.conf', ''), 'sysctl');
    assert.equal(detectLanguage('etc/sysctl.d/99-kvm.conf', ''), 'sysctl');
    assert.equal(detectLanguage('/etc/sysconfig/network-scripts/ifcfg-enc600', ''), 'ifcfg');
    assert.equal(detectLanguage('/etc/modprobe.d/kvm.conf', ''), 'modprobe');
    assert.equal(detectLanguage('rr.xml', '<?xml version="1.0"?>\n<profile name="rr">'), 'uperf');
    assert.equal(detectLanguage('guest.xml', '<domain type="kvm">'), 'libvirt');
  });

  it('falls back to content', () => {
    assert.equal(detectLanguage('tuning.conf', '# x\nnet.core.rmem_max = 1\nvm.swappiness=10\n'), 'sysctl');
    assert.equal(detectLanguage('notes.txt', 'hello\nworld\n'), undefined);
    assert.equal(detectLanguage('kvm.conf', 'options kvm halt_poll_ns=80000\n'), 'modprobe');
  });
});
