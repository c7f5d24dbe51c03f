/**
 * A minimal DOM for node:test: enough for the webview's builders, and strict where it matters —
 * any use of innerHTML / outerHTML / insertAdjacentHTML throws, so a passing test proves none is used.
 */
type Listener = () => void;

export class FakeNode {
  parent: FakeElement | null = null;
  readonly children: FakeNode[] = [];
  get firstChild(): FakeNode | null {
    return this.children[0] ?? null;
  }
  get textContent(): string {
    return this.children.map((child) => child.textContent).join('');
  }
  get isConnected(): boolean {
    let node: FakeNode | null = this;
    while (node.parent) node = node.parent;
    return node instanceof FakeElement && node.root;
  }
  appendChild(child: FakeNode): FakeNode {
    child.parent?.removeChild(child);
    child.parent = this as unknown as FakeElement;
    this.children.push(child);
    return child;
  }
  append(...nodes: FakeNode[]): void {
    for (const node of nodes) this.appendChild(node);
  }
  removeChild(child: FakeNode): FakeNode {
    const index = this.children.indexOf(child);
    if (index >= 0) this.children.splice(index, 1);
    child.parent = null;
    return child;
  }
}

export class FakeText extends FakeNode {
  constructor(readonly data: string) {
    super();
  }
  override get textContent(): string {
    return this.data;
  }
}

export class FakeElement extends FakeNode {
  readonly attributes = new Map<string, string>();
  readonly listeners = new Map<string, Listener[]>();
  value = '';
  checked = false;
  root = false;
  constructor(readonly tagName: string) {
    super();
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  dispatch(type: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener();
  }
  set innerHTML(_value: string) {
    throw new Error('innerHTML used');
  }
  set outerHTML(_value: string) {
    throw new Error('outerHTML used');
  }
  insertAdjacentHTML(): void {
    throw new Error('insertAdjacentHTML used');
  }
}

export class FakeDocument {
  readonly created: FakeElement[] = [];
  createElement(tag: string): FakeElement {
    const element = new FakeElement(tag.toLowerCase());
    this.created.push(element);
    return element;
  }
  createTextNode(data: string): FakeText {
    return new FakeText(data);
  }
  /** A connected container, like `#app` in the real page. */
  createRoot(): FakeElement {
    const root = this.createElement('main');
    root.root = true;
    return root;
  }
}

export function asDocument(doc: FakeDocument): Document {
  return doc as unknown as Document;
}

export function walk(node: FakeNode, visit: (node: FakeNode) => void): void {
  visit(node);
  for (const child of node.children) walk(child, visit);
}

export function findAll(node: FakeNode, predicate: (element: FakeElement) => boolean): FakeElement[] {
  const found: FakeElement[] = [];
  walk(node, (n) => {
    if (n instanceof FakeElement && predicate(n)) found.push(n);
  });
  return found;
}
