import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attribute } from '../../../server/src/languages/libvirt/model';
import { parseLibvirtText } from '../../../server/src/languages/libvirt/parser';

describe('libvirt attribute lookup by name', () => {
  it('finds the first attribute of a name, through the index on elements with many attributes as by scanning', () => {
    for (const count of [3, 40]) {
      const names = Array.from({ length: count }, (_, i) => `a${i % 7}`);
      const text = `<interface type='network' ${names.map((n, i) => `${n}='${i}'`).join(' ')}/>\n`;
      const element = parseLibvirtText(text).root!;
      for (const name of ['type', 'a0', 'a6', 'missing']) {
        assert.equal(attribute(element, name), element.attributes.find((a) => a.name === name), `${count} attributes, ${name}`);
      }
      if (count > 7) assert.equal(attribute(element, 'a3')?.value, '3');
    }
  });
});
