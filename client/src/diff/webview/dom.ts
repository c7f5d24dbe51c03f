/**
 * The only way the webview creates elements. Text goes through text nodes, attributes through a
 * whitelist, so a test name like `<img onerror=…>` can only ever appear as text.
 */
export type Child = Node | string | null | undefined | false;
export type Attributes = Record<string, string | undefined>;

const SAFE_ATTRIBUTE = /^(class|id|type|value|title|name|for|role|scope|colspan|lang|aria-[a-z]+|data-[a-z-]+)$/;

export function isSafeAttribute(name: string): boolean {
  return SAFE_ATTRIBUTE.test(name);
}

export function h(doc: Document, tag: string, attributes: Attributes = {}, ...children: Child[]): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (!isSafeAttribute(name)) throw new Error(`attribute not allowed in the results view: ${name}`);
    element.setAttribute(name, value);
  }
  append(doc, element, children);
  return element;
}

export function append(doc: Document, parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
}

export function clear(element: Node): void {
  while (element.firstChild) element.removeChild(element.firstChild);
}
