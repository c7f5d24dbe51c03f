import type { Position, Range } from 'vscode-languageserver-types';

/** Every node knows its offsets into the document text (end exclusive) and the same span as an LSP range. */
export interface XmlSpan {
  start: number;
  end: number;
  range: Range;
}

export interface XmlAttribute extends XmlSpan {
  name: string;
  nameStart: number;
  nameEnd: number;
  nameRange: Range;
  /** Offset of the `=`, or undefined for a bare name (`<a b>`). */
  equals: number | undefined;
  /** `"` or `'`, or '' for an unquoted value (or no value at all). */
  quote: '"' | "'" | '';
  /** The value exactly as written (between the quotes), undefined when there is no `=`. */
  rawValue: string | undefined;
  /** rawValue with the XML entities decoded. */
  value: string | undefined;
  /** The value's span inside the quotes; an empty span right after `=` when the value is missing. */
  valueStart: number;
  valueEnd: number;
  valueRange: Range;
  /** False when a quoted value has no closing quote (half-typed). */
  valueClosed: boolean;
}

export interface XmlCloseTag extends XmlSpan {
  name: string;
  nameStart: number;
  nameEnd: number;
  nameRange: Range;
  /** False when the close tag has no `>` (half-typed). */
  closed: boolean;
}

export interface XmlElement extends XmlSpan {
  kind: 'element';
  name: string;
  nameStart: number;
  nameEnd: number;
  nameRange: Range;
  /** Offset just after the start tag's `>` (or where a half-typed start tag stops). */
  startTagEnd: number;
  startTagRange: Range;
  /** False when the start tag has no `>` (half-typed: the scanner stopped at `<` or the end of the text). */
  startTagClosed: boolean;
  selfClosing: boolean;
  /** The matching close tag; undefined for self-closing elements and for elements never closed. */
  closeTag: XmlCloseTag | undefined;
  attributes: XmlAttribute[];
  parent: XmlElement | undefined;
  children: XmlNode[];
  /** 0 for top-level elements. */
  depth: number;
}

export interface XmlText extends XmlSpan {
  kind: 'text';
  raw: string;
  value: string;
  whitespaceOnly: boolean;
}

/** Comments, CDATA sections, processing instructions and the doctype: markup whose inside is not parsed. */
export interface XmlMarkup extends XmlSpan {
  kind: 'comment' | 'cdata' | 'pi' | 'doctype';
  /** What lies between the delimiters (`<!--` … `-->`, `<![CDATA[` … `]]>`, `<?` … `?>`, `<!` … `>`). */
  content: string;
  contentStart: number;
  contentEnd: number;
  /** False when the closing delimiter is missing (the markup runs to the end of the text). */
  closed: boolean;
  /** For processing instructions: the target (`xml` in `<?xml …?>`); '' otherwise. */
  target: string;
}

export type XmlNode = XmlElement | XmlText | XmlMarkup;

export interface XmlProblem {
  message: string;
  /** The validator's error code (InvalidTag, InvalidAttr, …). */
  code: string;
  range: Range;
}

export interface XmlDocument {
  text: string;
  /** True when the text starts with U+FEFF; offsets still count it. */
  bom: boolean;
  /** Top-level nodes in document order. */
  children: XmlNode[];
  /** The first top-level element. */
  root: XmlElement | undefined;
  /** Every element in document order (by start offset). */
  elements: XmlElement[];
  comments: XmlMarkup[];
  processingInstructions: XmlMarkup[];
  cdata: XmlMarkup[];
  doctype: XmlMarkup | undefined;
  /** Close tags that match no open element (`</flowop>` after a self-closing `<flowop/>`). */
  strayCloseTags: XmlCloseTag[];
  /** The first well-formedness error as fast-xml-parser reports it, widened to the offending token; undefined when well-formed. */
  wellFormedness: XmlProblem | undefined;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
  rangeOf(start: number, end: number): Range;
}
