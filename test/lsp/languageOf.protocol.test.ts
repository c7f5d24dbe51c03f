import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LspTestClient } from './lspClient';

// The client's status bar asks the server which kvmtune language claims a document (XML files open
// as `xml` and only the registry can tell a kvmtune one from any other XML).
describe('kvmtune/languageOf', () => {
  const client = new LspTestClient();
  const ask = (uri: string) => client.connection.sendRequest('kvmtune/languageOf', { uri });

  before(async () => {
    await client.initialize();
    await client.open('file:///etc/sysctl.d/99-a.conf', 'sysctl', 'net.core.somaxconn = 4096\n');
    await client.open('file:///tmp/pom.xml', 'xml', '<?xml version="1.0"?>\n<project><modelVersion>4.0.0</modelVersion></project>\n');
    await client.open('file:///etc/libvirt/qemu/guest.xml', 'xml', "<domain type='kvm'>\n  <devices>\n    <interface type='direct'>\n      <source dev='eth0' mode='bridge'/>\n    </interface>\n  </devices>\n</domain>\n");
    await client.diagnostics('file:///etc/sysctl.d/99-a.conf');
  });
  after(async () => client.dispose());

  it('names the language of a checked document', async () => {
    assert.deepEqual(await ask('file:///etc/sysctl.d/99-a.conf'), { language: 'sysctl', open: true });
  });

  it('names the language that claims an XML document by its root element', async () => {
    assert.deepEqual(await ask('file:///etc/libvirt/qemu/guest.xml'), { language: 'libvirt', open: true });
  });

  it('answers null for XML that no kvmtune language claims', async () => {
    assert.deepEqual(await ask('file:///tmp/pom.xml'), { language: null, open: true });
  });

  it('says when the document is not open on the server', async () => {
    assert.deepEqual(await ask('file:///nowhere.conf'), { language: null, open: false });
  });
});
