import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Range } from 'vscode-languageserver-types';
import {
  attributeAt, contextAt, decodeEntities, descendants, elementAt, keyValueOf, parseXml, valueParts,
} from '../../../server/src/formats/xml';

/** [startLine, startChar, endLine, endChar] */
function r(range: Range): [number, number, number, number] {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

describe('xml scanner: elements and attributes with positions', () => {
  const text = '<profile name="a&amp;b">\n  <group nthreads="1">\n    <flowop type="write" options="size=64 tcp_nodelay"/>\n  </group>\n</profile>\n';
  const doc = parseXml(text);

  it('gives every element its name, ranges, parent and close tag', () => {
    assert.deepEqual(doc.elements.map((e) => e.name), ['profile', 'group', 'flowop']);
    const [profile, group, flowop] = doc.elements;
    assert.equal(doc.root, profile);
    assert.deepEqual(r(profile.nameRange), [0, 1, 0, 8]);
    assert.deepEqual(r(profile.range), [0, 0, 4, 10]);
    assert.deepEqual(r(profile.startTagRange), [0, 0, 0, 24]);
    assert.deepEqual(r(profile.closeTag!.nameRange), [4, 2, 4, 9]);
    assert.equal(group.parent, profile);
    assert.equal(flowop.parent, group);
    assert.equal(flowop.depth, 2);
    assert.equal(flowop.selfClosing, true);
    assert.equal(flowop.closeTag, undefined);
    assert.deepEqual(r(flowop.range), [2, 4, 2, 56]);
    assert.deepEqual(r(group.closeTag!.range), [3, 2, 3, 10]);
    assert.equal(doc.wellFormedness, undefined);
  });

  it('gives attributes name and value ranges, raw and decoded values and the quote', () => {
    const [name] = doc.elements[0].attributes;
    assert.deepEqual([name.name, name.rawValue, name.value, name.quote], ['name', 'a&amp;b', 'a&b', '"']);
    assert.deepEqual(r(name.nameRange), [0, 9, 0, 13]);
    assert.deepEqual(r(name.valueRange), [0, 15, 0, 22]);
    assert.deepEqual(r(name.range), [0, 9, 0, 23]);
  });

  it('splits an option string into parts and key=value spans', () => {
    const options = doc.elements[2].attributes[1];
    const parts = valueParts(doc, options);
    assert.deepEqual(parts.map((p) => [p.text, ...r(p.range)]), [['size=64', 2, 34, 2, 41], ['tcp_nodelay', 2, 42, 2, 53]]);
    const size = keyValueOf(doc, parts[0]);
    assert.deepEqual([size.key, size.value, ...r(size.keyRange), ...r(size.valueRange)], ['size', '64', 2, 34, 2, 38, 2, 39, 2, 41]);
    const flag = keyValueOf(doc, parts[1]);
    assert.deepEqual([flag.key, flag.value, ...r(flag.valueRange)], ['tcp_nodelay', undefined, 2, 53, 2, 53]);
  });

  it('splits at another separator and skips empty parts', () => {
    const d = parseXml('<a v="  x,,y  "/>');
    assert.deepEqual(valueParts(d, d.elements[0].attributes[0], /,/).map((p) => p.text), ['  x', 'y  ']);
    assert.deepEqual(valueParts(d, d.elements[0].attributes[0]).map((p) => [p.text, p.start, p.end]), [['x,,y', 8, 12]]);
  });

  it('lists descendants without recursion', () => {
    assert.deepEqual(descendants(doc, doc.elements[0]).map((e) => e.name), ['group', 'flowop']);
  });
});

describe('xml scanner: the awkward corners', () => {
  it('counts CRLF and lone CR as line breaks', () => {
    const doc = parseXml('<a>\r\n<b x="1"/>\r<c/>\n</a>');
    assert.deepEqual(doc.elements.map((e) => [e.name, ...r(e.nameRange)]), [['a', 0, 1, 0, 2], ['b', 1, 1, 1, 2], ['c', 2, 1, 2, 2]]);
    assert.deepEqual(r(doc.elements[1].attributes[0].valueRange), [1, 6, 1, 7]);
  });

  it('keeps `>` and `/>` inside quotes in the value, single quotes too', () => {
    const doc = parseXml(`<a x="1>2/>" y='b"c'/>`);
    const [x, y] = doc.elements[0].attributes;
    assert.deepEqual([x.rawValue, y.rawValue, y.quote], ['1>2/>', 'b"c', "'"]);
    assert.equal(doc.elements[0].selfClosing, true);
    assert.equal(doc.elements.length, 1);
  });

  it('reads unquoted values up to whitespace, `>` or `/>`', () => {
    const doc = parseXml('<flowop type=write options=size=64/><group nthreads=1>');
    const [type, options] = doc.elements[0].attributes;
    assert.deepEqual([type.rawValue, type.quote, ...r(type.valueRange)], ['write', '', 0, 13, 0, 18]);
    assert.deepEqual([options.rawValue, doc.elements[0].selfClosing], ['size=64', true]);
    assert.deepEqual(doc.elements[1].attributes.map((a) => a.rawValue), ['1']);
  });

  it('allows whitespace around `=` and bare attribute names', () => {
    const doc = parseXml('<a x = "1" flag y="2">');
    assert.deepEqual(doc.elements[0].attributes.map((a) => [a.name, a.rawValue, a.equals]), [['x', '1', 5], ['flag', undefined, undefined], ['y', '2', 17]]);
    assert.deepEqual(r(doc.elements[0].attributes[0].valueRange), [0, 8, 0, 9]);
  });

  it('decodes the predefined entities and character references, leaves the rest', () => {
    assert.equal(decodeEntities('&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&nbsp;&#0;& x'), `<>&"'AB&nbsp;&#0;& x`);
    const doc = parseXml('<a>1 &lt; 2</a>');
    const text = doc.elements[0].children[0];
    assert.ok(text.kind === 'text');
    assert.deepEqual([text.raw, text.value, text.whitespaceOnly], ['1 &lt; 2', '1 < 2', false]);
  });

  it('records comments, CDATA, processing instructions and the doctype without looking inside', () => {
    const doc = parseXml('\uFEFF<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY e "x>">]>\n<a><!-- <b> --><![CDATA[<c>]]></a>');
    assert.equal(doc.bom, true);
    assert.deepEqual(doc.elements.map((e) => e.name), ['a']);
    assert.deepEqual(doc.processingInstructions.map((p) => [p.target, p.content, p.start]), [['xml', 'xml version="1.0"', 1]]);
    assert.deepEqual([doc.doctype?.content, ...r(doc.doctype!.range)], ['DOCTYPE a [<!ENTITY e "x>">]', 1, 0, 1, 31]);
    assert.deepEqual(doc.comments.map((c) => [c.content, ...r(c.range)]), [[' <b> ', 2, 3, 2, 15]]);
    assert.deepEqual(doc.cdata.map((c) => c.content), ['<c>']);
    assert.deepEqual(doc.elements[0].children.map((c) => c.kind), ['comment', 'cdata']);
  });

  it('survives unterminated comments, CDATA, PIs and doctypes', () => {
    for (const text of ['<a><!-- x', '<a><![CDATA[x', '<?xml', '<!DOCTYPE a [', '<a x="', '<', '</', '</a', '<a/', '<a x=']) {
      const doc = parseXml(text);
      const last = doc.children[doc.children.length - 1] ?? doc.strayCloseTags[0];
      assert.equal(last.end, text.length, text);
    }
    const doc = parseXml('<a><!-- x');
    assert.deepEqual([doc.comments[0].closed, doc.comments[0].content, doc.elements[0].end], [false, ' x', 9]);
  });

  it('matches close tags through implicitly closed elements and keeps stray close tags', () => {
    const doc = parseXml('<p><g><t></g></flowop></p>');
    const [p, g, t] = doc.elements;
    assert.deepEqual([t.end, t.closeTag, g.end, p.end], [9, undefined, 13, 26]);
    assert.deepEqual(doc.strayCloseTags.map((s) => [s.name, s.start, s.end]), [['flowop', 13, 22]]);
  });

  it('gives a half-typed start tag the attributes typed so far and nests what follows', () => {
    const doc = parseXml('<transaction>\n  <flowop type="rea\n  <flowop type="write"/>\n</transaction>');
    const [txn, first, second] = doc.elements;
    assert.deepEqual([first.startTagClosed, first.attributes[0].rawValue, first.attributes[0].valueClosed], [false, 'rea\n  ', false]);
    assert.equal(second.parent, first);
    assert.equal(first.end, txn.closeTag?.start);
    assert.equal(txn.closeTag?.name, 'transaction');
  });

  it('handles 10k-deep nesting without recursion', () => {
    const text = '<a x="1">'.repeat(10000) + '</a>'.repeat(10000);
    const doc = parseXml(text);
    assert.equal(doc.elements.length, 10000);
    assert.equal(doc.elements[9999].depth, 9999);
    assert.equal(doc.wellFormedness, undefined);
    assert.equal(elementAt(doc, text.length - 1), doc.elements[0]);
    assert.equal(elementAt(doc, 90000 + 2), doc.elements[9999]);
    const unclosed = parseXml('<a>'.repeat(10000) + '</b>'.repeat(10000));
    assert.equal(unclosed.strayCloseTags.length, 10000);
  });

  it('is linear on huge inputs, including a tag with very many attributes', () => {
    const time = (text: string) => { const t0 = process.hrtime.bigint(); parseXml(text, { validate: false }); return Number(process.hrtime.bigint() - t0) / 1e6; };
    const elements = (n: number) => `<r>${'<x a="1" b=\'2\'>t</x>\n'.repeat(n)}</r>`;
    const attributes = (n: number) => `<r ${'a="1" '.repeat(n)}>\n${' '.repeat(n * 10)}<x/></r>`;
    // Ten times the input may cost ten times the time (plus noise on a shared machine); a quadratic scan costs a hundred.
    for (const make of [elements, attributes]) {
      time(make(20000));
      const small = time(make(20000));
      const large = time(make(200000));
      assert.ok(large < small * 40 + 1000, `${small} ms for 20k, ${large} ms for 200k`);
    }
  });

  it('survives binary garbage', () => {
    let text = '';
    for (let i = 0; i < 20000; i++) text += String.fromCharCode((i * 7919) % 256);
    const doc = parseXml(text);
    assert.ok(Array.isArray(doc.elements));
    assert.ok(doc.wellFormedness !== undefined);
  });
});

describe('xml well-formedness from fast-xml-parser, widened to the token', () => {
  const problem = (text: string) => {
    const p = parseXml(text).wellFormedness;
    return p ? [p.code, ...r(p.range)] : undefined;
  };

  it('points at the mismatched close tag', () => {
    assert.deepEqual(problem('<a>\n <b></c>\n</a>'), ['InvalidTag', 1, 4, 1, 8]);
    assert.equal(parseXml('<a>\n <b></c>\n</a>').wellFormedness?.message, "Expected closing tag 'b' (opened in line 2, col 2) instead of closing tag 'c'.");
  });

  it('maps its line/column back through a BOM and CRLF', () => {
    assert.deepEqual(problem('\uFEFF<a>\r\n <b></c>\r\n</a>'), ['InvalidTag', 1, 4, 1, 8]);
  });

  it('maps through a lone CR, which the validator does not count as a line break', () => {
    assert.deepEqual(problem('<a>\r  <b x="1" x="2"/>\r</a>'), ['InvalidAttr', 1, 11, 1, 12]);
  });

  it('widens an attribute error to the attribute name', () => {
    assert.deepEqual(problem('<a>\n  <b x=1/>\n</a>'), ['InvalidAttr', 1, 5, 1, 6]);
    assert.deepEqual(problem('<a b></a>'), ['InvalidAttr', 0, 3, 0, 4]);
  });

  it('reports unclosed tags and empty documents', () => {
    assert.deepEqual(problem('<a'), ['InvalidTag', 0, 0, 0, 2]);
    assert.deepEqual(problem(''), ['InvalidXml', 0, 0, 0, 0]);
  });

  it('accepts what the library accepts (an unquoted XML declaration is its business, not ours)', () => {
    assert.equal(problem('<?xml version=1.0?>\n<a/>'), undefined);
  });
});

describe('xml queries for hover and completion', () => {
  const text = '<profile>\n  <group nthreads="1">\n    <flowop type="write" options="size=64"/>\n    <flowop \n  </group>\n</profile>';
  const doc = parseXml(text);
  const at = (needle: string, delta = 0) => text.indexOf(needle) + delta;

  it('finds the innermost element, including in close tags and at a half-typed tag end', () => {
    assert.equal(elementAt(doc, at('type'))?.name, 'flowop');
    assert.equal(elementAt(doc, at('</group>', 3))?.name, 'group');
    assert.equal(elementAt(doc, at('<flowop \n', 8))?.name, 'flowop');
    assert.equal(elementAt(doc, text.length + 5), undefined);
    assert.equal(elementAt(parseXml('x <a/>'), 0), undefined);
  });

  it('finds the attribute under the cursor', () => {
    const hit = attributeAt(doc, at('size'));
    assert.deepEqual([hit?.element.name, hit?.attribute.name], ['flowop', 'options']);
    assert.equal(attributeAt(doc, at('</group>')), undefined);
  });

  it('says whether the cursor is on a tag name, attribute name, value, close tag or content', () => {
    assert.equal(contextAt(doc, at('group', 2)).kind, 'elementName');
    assert.equal(contextAt(doc, at('nthreads', 3)).kind, 'attributeName');
    const value = contextAt(doc, at('write', 2));
    assert.deepEqual([value.kind, value.kind === 'attributeValue' && value.attribute.name], ['attributeValue', 'type']);
    const typing = contextAt(doc, at('<flowop \n', 8));
    assert.deepEqual([typing.kind, typing.kind === 'attributeName' && typing.attribute], ['attributeName', undefined]);
    assert.equal(contextAt(doc, at('</group>', 4)).kind, 'closeTag');
    const content = contextAt(doc, at('\n    <flowop'));
    assert.deepEqual([content.kind, content.kind === 'content' && content.parent?.name], ['content', 'group']);
    const empty = parseXml('<a x=""/>');
    assert.equal(contextAt(empty, 6).kind, 'attributeValue');
  });
});

describe('xml text nodes read from the document', () => {
  it('give the raw text, and whitespaceOnly exactly as trim() would', () => {
    for (const inside of [' ', '\t\n\r', '\u000b\u000c', '\u00a0', '\ufeff', '\u2028', 'x', ' x ', '\u00e9', ' \u3000 ', '&amp;']) {
      const text = parseXml(`<a>${inside}</a>`).root!.children[0] as { raw: string; whitespaceOnly: boolean };
      assert.equal(text.raw, inside);
      assert.equal(text.whitespaceOnly, inside.trim() === '', JSON.stringify(inside));
    }
  });
});
