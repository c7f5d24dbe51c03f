import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { brief, lint, only, service, settings, xmlDoc } from './lint';

describe('libvirt: kvmtune-disable comments in XML', () => {
  it('the disable quick fix inserts an XML comment above the line and the finding goes away', () => {
    const text = "<interface type='direct'>\n  <source dev='eth0'/>\n  <model type='virtio'/>\n  <driver name='vhost'/>\n  <mac address='52:54:00:6b:3c:58'/>\n</interface>\n";
    const doc = xmlDoc(text);
    const [mode] = only(service.validate(doc, settings()), 'libvirt-paper-macvtap-mode');
    const actions = service.codeActions(doc, mode.range, [mode], settings(), ['quickfix']);
    const disable = actions.find((a) => a.title === 'Disable libvirt-paper-macvtap-mode for this line');
    assert.ok(disable?.edit?.changes, JSON.stringify(actions.map((a) => a.title)));
    const fixed = TextDocument.applyEdits(doc, disable.edit.changes[doc.uri]);
    assert.equal(fixed.split('\n')[1], '  <!-- kvmtune-disable-next-line libvirt-paper-macvtap-mode -->');
    assert.deepEqual(lint(fixed).map(brief), []);
  });

  it('a file-wide disable before the root element keeps the file libvirt’s and silences the rule', () => {
    const text = "<!-- kvmtune-disable libvirt-paper-macvtap-mode -->\n<interface type='direct'>\n  <source dev='eth0'/>\n  <model type='virtio'/>\n  <driver name='vhost'/>\n  <mac address='52:54:00:6b:3c:58'/>\n</interface>\n";
    assert.deepEqual(lint(text).map(brief), []);
    assert.deepEqual(lint(text.replace('paper-macvtap-mode', 'paper-mtu')).map(brief), ['2:3-9 warning libvirt-paper-macvtap-mode']);
  });
});
