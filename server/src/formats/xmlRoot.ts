/** The root element of an XML document, read cheaply from its first few KiB. */
export interface XmlRoot {
  name: string;
  attributes: Record<string, string>;
}

const SNIFF_BYTES = 4096;

/**
 * Skips a BOM, the XML declaration, comments, processing instructions and a doctype, then reads the
 * first start tag's name and attributes. Not a parser: it decides which language a document is, and
 * costs nothing for the XML files kvmtune does not check.
 */
export function sniffXmlRoot(text: string): XmlRoot | undefined {
  const head = text.slice(0, SNIFF_BYTES);
  let i = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < head.length && /\s/.test(head[i])) i += 1;
    if (head[i] !== '<') return undefined;
    if (head.startsWith('<!--', i)) {
      const end = head.indexOf('-->', i + 4);
      if (end < 0) return undefined;
      i = end + 3;
    } else if (head[i + 1] === '?' || head[i + 1] === '!') {
      const end = head.indexOf('>', i + 2);
      if (end < 0) return undefined;
      i = end + 1;
    } else {
      break;
    }
  }
  const tag = /^<([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>?/.exec(head.slice(i, i + 2048));
  if (!tag) return undefined;
  const attributes: Record<string, string> = {};
  for (const match of tag[2].matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attributes[match[1]] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return { name: tag[1], attributes };
}
