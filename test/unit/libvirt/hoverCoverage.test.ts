import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { libvirtSupport } from '../../../server/src/languages/libvirt/support';
import { TABLE } from '../../../server/src/languages/libvirt/table';
import { settings, xmlDoc } from './lint';

/** `<interface type=…>` with the element at `path` (and its ancestors) on the second line, carrying `attribute`. */
function documentFor(type: string, path: string, attribute?: { name: string; value: string }): { text: string; nameAt: number; attrAt: number; valueAt: number } {
  const names = path.split('/');
  const attr = attribute ? ` ${attribute.name}='${attribute.value}'` : '';
  const open = names.map((n, i) => `<${n}${i === names.length - 1 ? attr : ''}>`).join('');
  const close = [...names].reverse().map((n) => `</${n}>`).join('');
  const line = `${open}${close}`;
  const last = open.lastIndexOf(`<${names[names.length - 1]}`);
  return { text: `<interface type='${type}'>\n${line}\n</interface>\n`, nameAt: last + 1, attrAt: last + names[names.length - 1].length + 2, valueAt: last + names[names.length - 1].length + attr.indexOf("'") + 2 };
}

function hover(text: string, character: number): string {
  const doc = xmlDoc(text);
  const result = libvirtSupport.hover(doc, libvirtSupport.parse(doc), { line: 1, character }, settings());
  return result ? (result.contents as MarkupContent).value : '';
}

describe('libvirt hover covers every element, attribute and enumerated value of the table', () => {
  it('every element below <interface>', () => {
    for (const [path, info] of Object.entries(TABLE.elements)) {
      const type = path.startsWith('source/') ? (path === 'source/local' ? 'udp' : path === 'source/reconnect' ? 'vhostuser' : path.match(/source\/(ip|route)/) ? 'ethernet' : 'hostdev') : 'bridge';
      const { text, nameAt } = documentFor(type, path);
      const shown = hover(text, nameAt);
      if (path === 'source') assert.match(shown, /^\*\*<source>\*\*/);
      else assert.ok(shown.includes(info.summary), `${path}: ${shown}`);
    }
  });

  it('every attribute and every enumerated value, including each type’s <source> attributes', () => {
    const cases: { type: string; path: string; name: string; summary: string; values: string[] }[] = [];
    for (const [path, info] of Object.entries(TABLE.elements)) {
      if (path === 'source' || path.startsWith('source/')) continue;
      for (const [name, attribute] of Object.entries(info.attributes)) cases.push({ type: 'bridge', path, name, summary: attribute.summary, values: Object.keys(attribute.values ?? {}) });
    }
    for (const [type, info] of Object.entries(TABLE.types)) {
      for (const [name, attribute] of Object.entries(info.sourceAttributes)) cases.push({ type, path: 'source', name, summary: attribute.summary, values: Object.keys(attribute.values ?? {}) });
    }
    let checked = 0;
    for (const c of cases) {
      const plain = documentFor(c.type, c.path, { name: c.name, value: 'x' });
      assert.ok(hover(plain.text, plain.attrAt).includes(c.summary), `${c.type} ${c.path}/@${c.name}`);
      for (const value of c.values) {
        const withValue = documentFor(c.type, c.path, { name: c.name, value });
        const shown = hover(withValue.text, withValue.valueAt);
        assert.ok(shown.includes(TABLE.elements[c.path]?.attributes[c.name]?.values?.[value] ?? TABLE.types[c.type].sourceAttributes[c.name].values![value]), `${c.path}/@${c.name}='${value}': ${shown}`);
        checked += 1;
      }
    }
    assert.ok(checked > 100, `${checked} values`);
  });

  it('every interface type value', () => {
    for (const [type, meaning] of Object.entries(TABLE.interfaceAttributes.type.values!)) {
      const doc = xmlDoc(`<interface type='${type}'/>\n`);
      const shown = libvirtSupport.hover(doc, libvirtSupport.parse(doc), { line: 0, character: 17 }, settings());
      assert.ok((shown!.contents as MarkupContent).value.includes(meaning), type);
    }
  });
});
