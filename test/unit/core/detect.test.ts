import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { detectLanguage, resolveDocumentLanguage } from '../../../server/src/languages';
import { sniffXmlRoot } from '../../../server/src/formats/xmlRoot';

const idOf = (path: string, text: string) => detectLanguage(path, text)?.id;

describe('language detection', () => {
  it('uses the path first', () => {
    assert.equal(idOf('/etc/sysctl.conf', ''), 'sysctl');
    assert.equal(idOf('etc/sysctl.d/99-kvm.conf', ''), 'sysctl');
    assert.equal(idOf('/etc/sysctl.d/99-kvm.conf', ''), 'sysctl');
    assert.equal(idOf('C:\\etc\\sysctl.d\\99-kvm.conf', ''), 'sysctl');
    assert.equal(idOf('/etc/sysconfig/network-scripts/ifcfg-enc600', ''), 'ifcfg');
    assert.equal(idOf('/etc/modprobe.d/kvm.conf', ''), 'modprobe');
    assert.equal(idOf('rr.xml', '<?xml version="1.0"?>\n<profile name="rr">'), 'uperf');
    assert.equal(idOf('guest.xml', '<domain type="kvm">'), 'libvirt');
  });

  it('reads XML by its root element, whatever the file is called', () => {
    assert.equal(idOf('/etc/libvirt/qemu/guest1', '\uFEFF<!-- dumpxml -->\n<domain type="kvm">'), 'libvirt');
    assert.equal(idOf('nic.xml', "<interface type='bridge'><source bridge='br0'/></interface>"), 'libvirt');
    // Host interface XML (virsh iface-define) names the host device; guest interfaces never have `name`.
    assert.equal(idOf('eth0.xml', "<interface type='ethernet' name='eth0'><start mode='onboot'/></interface>"), undefined);
    assert.equal(idOf('bond0.xml', "<interface type='bond'><bond mode='active-backup'/></interface>"), undefined);
    assert.equal(idOf('host-iface.xml', '<interface name="eth0"><start mode="onboot"/></interface>'), undefined);
    assert.equal(idOf('PROFILE.XML', '<?xml version=1.0?><PROFILE name="x">'), 'uperf');
    assert.equal(idOf('pom.xml', '<project><modelVersion>4.0.0</modelVersion></project>'), undefined);
  });

  it('falls back to content', () => {
    assert.equal(idOf('tuning.conf', '# x\nnet.core.rmem_max = 1\nvm.swappiness=10\n'), 'sysctl');
    assert.equal(idOf('notes.txt', 'hello\nworld\n'), undefined);
    assert.equal(idOf('kvm.conf', 'options kvm halt_poll_ns=80000\n'), 'modprobe');
    assert.equal(idOf('eth0', 'DEVICE=eth0\nBOOTPROTO=dhcp\n'), 'ifcfg');
  });

  it('an open document: its own language id, or an xml document by its root element', () => {
    const open = (languageId: string, text: string) => resolveDocumentLanguage(TextDocument.create('file:///x', languageId, 1, text))?.id;
    assert.equal(open('sysctl', 'net.core.somaxconn = 1'), 'sysctl');
    assert.equal(open('xml', '<project/>'), undefined);
    assert.equal(open('plaintext', 'net.core.somaxconn = 1'), undefined);
  });
});

describe('sniffXmlRoot', () => {
  it('skips the declaration, comments, processing instructions and a doctype', () => {
    assert.deepEqual(sniffXmlRoot('<?xml version="1.0"?>\r\n<!-- a > b -->\n<!DOCTYPE x>\n<?pi x?>\n<domain type=\'kvm\' id="1">'), { name: 'domain', attributes: { type: 'kvm', id: '1' } });
    assert.deepEqual(sniffXmlRoot('<profile name=rr1c>'), { name: 'profile', attributes: { name: 'rr1c' } });
    assert.deepEqual(sniffXmlRoot('<interface'), { name: 'interface', attributes: {} });
  });

  it('gives up on what is not XML, an unclosed comment, or a root past the first 4 KiB', () => {
    assert.equal(sniffXmlRoot('net.core.somaxconn = 1'), undefined);
    assert.equal(sniffXmlRoot('<!-- never closed'), undefined);
    assert.equal(sniffXmlRoot(`<!--${' '.repeat(5000)}-->\n<domain>`), undefined);
    assert.equal(sniffXmlRoot(''), undefined);
  });
});
