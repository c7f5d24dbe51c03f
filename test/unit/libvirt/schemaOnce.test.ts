import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseLibvirtText } from '../../../server/src/languages/libvirt/parser';
import { checkInterfaceSchema, toInstance } from '../../../server/src/languages/libvirt/schemaCheck';

const DOMAIN = `<domain type='kvm'><devices>
<interface type='network'><source network='default'/><model type='virtio'/><mtu size='x'/><bogus/></interface>
<interface type='bridge'><source bridge='br0'/><model type='virtio'/></interface>
</devices></domain>`;

const brief = (element: Parameters<typeof checkInterfaceSchema>[0]) =>
  checkInterfaceSchema(element).map((p) => [p.keyword, p.pointer, p.target.attribute, p.target.nameRange, p.target.valueRange]);

describe('libvirt schema check per interface', () => {
  it('answers a repeated check with the same problems a fresh parse gives', () => {
    const first = parseLibvirtText(DOMAIN);
    const again = brief(first.interfaces[0].element);
    assert.equal(checkInterfaceSchema(first.interfaces[0].element), checkInterfaceSchema(first.interfaces[0].element));
    assert.deepEqual(again, brief(parseLibvirtText(DOMAIN).interfaces[0].element));
    assert.ok(again.length >= 2, 'the bad mtu size and <bogus> are found');
    assert.deepEqual(checkInterfaceSchema(first.interfaces[1].element), []);
  });

  it('points at the same ranges as the full instance with its pointers', () => {
    const parsed = parseLibvirtText(DOMAIN);
    const { pointers } = toInstance(parsed.interfaces[0].element);
    for (const problem of checkInterfaceSchema(parsed.interfaces[0].element)) {
      const target = pointers.get(problem.pointer);
      if (target) assert.deepEqual([problem.target.nameRange, problem.target.valueRange], [target.nameRange, target.valueRange]);
    }
  });

  it('keeps accepting an interface whose text it accepted before, and still finds problems in one that differs', () => {
    const accepted = "<interface type='bridge'><source bridge='br0'/><model type='virtio'/></interface>";
    const rejected = "<interface type='bridge'><source bridge='br0'/><model type='virtio'/><bogus/></interface>";
    for (let round = 0; round < 2; round++) {
      const parsed = parseLibvirtText(`<domain type='kvm'><devices>\n${accepted}\n${rejected}\n${accepted}\n</devices></domain>`);
      const [first, second, third] = parsed.interfaces.map((i) => i.element);
      assert.deepEqual(checkInterfaceSchema(first), []);
      assert.deepEqual(checkInterfaceSchema(third), []);
      assert.deepEqual(checkInterfaceSchema(second).map((p) => p.keyword), ['additionalProperties']);
    }
    // The same text as a bare fragment is checked as the same interface.
    assert.deepEqual(checkInterfaceSchema(parseLibvirtText(accepted).interfaces[0].element), []);
  });
});
