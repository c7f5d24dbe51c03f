import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { buildLibvirtInterfaceSchema } from '../../../server/src/languages/libvirt/schema';
import { INTERFACE_TYPES, TABLE, isVirtioModel, patternRegExp } from '../../../server/src/languages/libvirt/table';
import { parseLibvirtText } from '../../../server/src/languages/libvirt/parser';
import { toInstance } from '../../../server/src/languages/libvirt/schemaCheck';

describe('libvirt knowledge table and JSON schema', () => {
  it('knows the 15 interface types of libvirt 10.7-12.x and no invented ones', () => {
    assert.deepEqual(INTERFACE_TYPES, ['network', 'bridge', 'direct', 'ethernet', 'user', 'vhostuser', 'server', 'client', 'mcast', 'udp', 'internal', 'hostdev', 'vdpa', 'null', 'vds']);
    assert.deepEqual(Object.keys(TABLE.interfaceAttributes.type.values!), INTERFACE_TYPES);
  });

  it('only ip, route, portForward (and their own children) repeat', () => {
    const repeatable = Object.entries(TABLE.elements).filter(([, e]) => e.repeatable).map(([path]) => path);
    assert.deepEqual(repeatable.filter((p) => !p.includes('/')), ['ip', 'route', 'portForward']);
  });

  it('patterns are the RelaxNG ones, anchored', () => {
    assert.ok(patternRegExp('uniMac').test('52:54:00:6b:3c:58'));
    assert.ok(!patternRegExp('uniMac').test('01:00:5e:00:00:01'), 'multicast');
    assert.ok(!patternRegExp('uniMac').test('52:54:0:1:2:3'), 'one-digit octets');
    assert.ok(patternRegExp('uuid').test('2dbde39b-9f37-4a73-a82e-8afeaf723fb6'));
    assert.ok(patternRegExp('uuid').test('2dbde39b9f374a73a82e8afeaf723fb6'));
    assert.ok(!patternRegExp('uuid').test('not-a-uuid'));
    assert.ok(patternRegExp('bridgeName').test(''), 'the RNG allows an empty bridge name');
  });

  it("virtio is libvirt's three names, case-insensitively; virtio-net-pci is not", () => {
    assert.ok(isVirtioModel('ViRtIo'));
    assert.ok(isVirtioModel('virtio-non-transitional'));
    assert.ok(!isVirtioModel('virtio-net-pci'));
    assert.ok(!isVirtioModel(undefined));
  });

  it('the generated schema compiles strictly and accepts the paper stanza as JSON', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(buildLibvirtInterfaceSchema());
    const parsed = parseLibvirtText("<interface type='direct'><mac address='12:34:56:78:9a:bc'/><source dev='private1' mode='bridge'/><model type='virtio'/><driver name='vhost' queues='4'/></interface>");
    const { instance, pointers } = toInstance(parsed.interfaces[0].element);
    assert.deepEqual(instance, { '@type': 'direct', mac: [{ '@address': '12:34:56:78:9a:bc' }], source: [{ '@dev': 'private1', '@mode': 'bridge' }], model: [{ '@type': 'virtio' }], driver: [{ '@name': 'vhost', '@queues': 4 }] });
    assert.ok(validate(instance), JSON.stringify(validate.errors));
    assert.deepEqual(pointers.get('/driver/0/@queues')!.valueRange, { start: { line: 0, character: 148 }, end: { line: 0, character: 149 } });
  });
});
