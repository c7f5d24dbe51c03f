// Fixes on XML that is not well-formed or whose contents contradict a fix (found by the fuzz suite).
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { setRandomSource } from '../../../server/src/languages/libvirt/random';
import { brief, fixedRandom, fragment, lint, only } from './lint';

describe('libvirt fixes on mangled input', () => {
  beforeEach(() => fixedRandom());
  afterEach(() => setRandomSource(undefined));

  it('an unclosed tag swallows its siblings: missing-mac and virtio-model keep their diagnostic but offer no insert', () => {
    const text = fragment(["<interface type='user'>", "  <virtualport type='openvswitch'/type='direct'>", "  <source dev='eth0'/>", '</interface>']);
    const [mac] = only(lint(text), 'libvirt-missing-mac');
    const [model] = only(lint(text), 'libvirt-paper-virtio-model');
    assert.equal(brief(mac), '0:1-10 info libvirt-missing-mac');
    assert.equal(brief(model), '0:1-10 warning libvirt-paper-virtio-model');
    assert.deepEqual([mac.data.fixes, model.data.fixes], [[], []]);
  });

  it('the same interface, well-formed, keeps both fixes', () => {
    const text = fragment(["<interface type='user'>", "  <source dev='eth0'/>", '</interface>']);
    assert.deepEqual(only(lint(text), 'libvirt-missing-mac')[0].data.fixes.map((f) => f.title), ['Add <mac address> with a random locally administered MAC']);
    assert.deepEqual(only(lint(text), 'libvirt-paper-virtio-model')[0].data.fixes.map((f) => f.title), ["Add <model type='virtio'/>"]);
  });

  it("libvirt-missing-type offers only the types the <source> fits: <source dev=…> is 'direct', not bridge or network", () => {
    const dev = fragment(['<interface>', "  <source dev='eth0'/>", '</interface>']);
    assert.deepEqual(only(lint(dev), 'libvirt-missing-type')[0].data.fixes.map((f) => f.title), ["Add type='direct'"]);
    const bridge = fragment(['<interface>', "  <source bridge='br0'/>", '</interface>']);
    assert.deepEqual(only(lint(bridge), 'libvirt-missing-type')[0].data.fixes.map((f) => f.title), ["Add type='bridge'"]);
  });

  it('an unknown child given twice: a rename to a single-use element is not offered, to a repeatable one it renames every copy', () => {
    const single = fragment(["<interface type='bridge'>", "  <mac address='52:54:00:6b:3c:58'/>", "  <source bridge='br0'/>", "  <dac address='52:54:00:6b:3c:58'/>", "  <dac address='52:54:00:6b:3c:58'/>", '</interface>']);
    const [dac] = only(lint(single), 'libvirt-schema');
    assert.deepEqual(dac.data.fixes, []);
    const repeatable = fragment(["<interface type='bridge'>", "  <source bridge='br0'/>", "  <filterref filter='clean-traffic'>", "    <paramter name='IP' value='10.0.0.1'/>", "    <paramter name='IP' value='10.0.0.2'/>", '  </filterref>', '</interface>']);
    const [paramter] = only(lint(repeatable), 'libvirt-schema');
    assert.deepEqual(paramter.data.fixes.map((f) => [f.title, f.edits.length]), [["Change to 'parameter'", 2]]);
  });

  it('an attribute rename is offered only when the corrected attribute takes the value as written', () => {
    const withValue = (value: string) => fragment(["<interface type='bridge'>", "  <mac address='52:54:00:6b:3c:58'/>", "  <source bridge='br0'/>", '  <bandwidth>', `    <outbound averag='${value}'/>`, '  </bandwidth>', '</interface>']);
    const fixesFor = (value: string) => only(lint(withValue(value)), 'libvirt-schema')[0].data.fixes.map((f) => f.title);
    assert.deepEqual(fixesFor('0'), []);
    assert.deepEqual(fixesFor('1000'), ["Change to 'average'"]);
  });

  it('a corrected interface type is not offered when the <source> is then an error of that type', () => {
    const text = (mode: string) => fragment(["<interface type='diect'>", "  <mac address='52:54:00:6b:3c:58'/>", `  <source dev='eth0' mode='${mode}'/>`, '</interface>']);
    const typeFixes = (mode: string) => only(lint(text(mode)), 'libvirt-schema').filter((f) => f.message.includes("'type'")).flatMap((f) => f.data.fixes.map((x) => x.title));
    assert.deepEqual(typeFixes('bridged'), []);
    assert.deepEqual(typeFixes('bridge'), ["Change to 'direct'"]);
  });
});
