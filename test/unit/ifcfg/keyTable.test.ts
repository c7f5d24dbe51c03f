import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IFCFG_KEYS, QETH_OPTIONS, lookupKey, lookupOption, parseBoolean, suggestKeys, suggestOptions } from '../../../server/src/languages/ifcfg/keyTable';
import { buildIfcfgSchema, anyCase } from '../../../server/src/languages/ifcfg/schema';
import { isDnsServer, isIpv6WithPrefix, isNetmask } from '../../../server/src/languages/ifcfg/validateValues';

describe('ifcfg key table', () => {
  it('holds the NetworkManager well-known keys, the curated s390 keys and initscripts-only keys, once each', () => {
    const names = IFCFG_KEYS.map((k) => k.name);
    assert.equal(new Set(names).size, names.length);
    assert.ok(names.length >= 250, String(names.length));
    for (const name of ['DEVICE', 'NETTYPE', 'SUBCHANNELS', 'PORTNAME', 'OPTIONS', 'CTCPROT', 'ETHTOOL_OPTS', 'USERCTL', 'NETWORK', 'LAYER2']) assert.ok(lookupKey(name), name);
    assert.deepEqual(lookupKey('USERCTL')?.readers, ['initscripts']);
    assert.deepEqual(lookupKey('LAYER2')?.readers, ['installer']);
  });

  it('resolves numbered keys and prefixes the way NetworkManager does', () => {
    assert.equal(lookupKey('IPADDR0')?.name, 'IPADDR');
    assert.equal(lookupKey('DNS12')?.name, 'DNS');
    assert.equal(lookupKey('IPADDR01'), undefined);
    assert.equal(lookupKey('NM_USER_FOO')?.name, 'NM_USER_');
    assert.equal(lookupKey('NM_USER_'), undefined);
  });

  it('suggests close names (case first) and qeth attributes', () => {
    assert.deepEqual(suggestKeys('mtu'), ['MTU']);
    assert.deepEqual(suggestKeys('BOOTPROT'), ['BOOTPROTO']);
    assert.deepEqual(suggestKeys('NETYPE'), ['NETTYPE']);
    assert.deepEqual(suggestOptions('buffercount'), ['buffer_count']);
    assert.equal(lookupOption('buffer_count')?.max, 128);
    assert.equal(lookupOption('checksumming')?.status, 'removed');
    assert.equal(QETH_OPTIONS.filter((o) => o.networkManager).length, 30);
  });

  it("parses booleans like NetworkManager's svParseBoolean", () => {
    assert.deepEqual(['YES', 't', '1', 'No', 'f', '0', 'on'].map(parseBoolean), [true, true, true, false, false, false, undefined]);
  });

  it('builds a schema with one property or pattern per key; value formats as NetworkManager reads them', () => {
    const schema = buildIfcfgSchema() as { properties: Record<string, unknown>; patternProperties: Record<string, unknown> };
    assert.deepEqual(schema.properties.MTU, { description: lookupKey('MTU')!.summary, type: 'integer', minimum: 68, maximum: 65535 });
    assert.ok(schema.patternProperties['^IPADDR(0|[1-9][0-9]{0,9})?$']);
    assert.ok(new RegExp(anyCase(['dhcp'])).test('DhCp'));
    assert.equal(isNetmask('255.255.254.0'), true);
    assert.equal(isNetmask('255.0.255.0'), false);
    assert.equal(isIpv6WithPrefix('2001:db8::1/64'), true);
    assert.equal(isIpv6WithPrefix('2001:db8::1/129'), false);
    assert.deepEqual(['4.2.2.2#dns.name', '[2001:db8::53]:853', '192.0.2.1:53', '1:2:3:4::a', 'dns.example'].map(isDnsServer), [true, true, true, true, false]);
  });
});
