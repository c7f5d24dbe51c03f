/**
 * `${…}` references in a tuned value, found the way tuned's function parser walks a value
 * (profiles/functions/parser.py): `${` opens (unless the character before it is a backslash),
 * every `}` closes the innermost open one, a `}` with nothing open or a `${` never closed is
 * "invalid variable syntax, non pair".
 */
export type ReferenceKind = 'variable' | 'function' | 'macro' | 'other';

export interface Reference {
  kind: ReferenceKind;
  /** Offsets in the value: from `$` to just after `}`. */
  start: number;
  end: number;
  /** Variable or function name; for macros the part after `i:`. */
  name: string;
  /** Function arguments (unescaped), for `${f:name:arg…}`. */
  args: string[];
  /** Offset of the name inside the value. */
  nameStart: number;
  nested: boolean;
}

export interface Unbalanced {
  offset: number;
  char: '${' | '}';
}

export interface ExpansionScan {
  references: Reference[];
  unbalanced: Unbalanced[];
}

export function scanReferences(value: string): ExpansionScan {
  // Most values hold neither: nothing opens, nothing closes.
  if (!value.includes('}') && !value.includes('${')) return { references: [], unbalanced: [] };
  const references: Reference[] = [];
  const stack: { start: number; escaped: boolean }[] = [];
  let escaped = false;
  for (let i = 0; i < value.length; i += 1) {
    const ch = value[i];
    if (ch === '}') {
      const open = stack.pop();
      if (!open) return { references, unbalanced: [{ offset: i, char: '}' }] };
      if (!open.escaped) references.push(classify(value, open.start, i + 1, stack.length > 0));
    } else if (value.startsWith('${', i)) {
      stack.push({ start: i, escaped });
    }
    escaped = ch === '\\';
  }
  return { references, unbalanced: stack.map((s) => ({ offset: s.start, char: '${' as const })) };
}

function classify(value: string, start: number, end: number, nested: boolean): Reference {
  const inner = value.slice(start + 2, end - 1);
  const base = { start, end, nested, args: [] as string[] };
  const fn = /^f:/.exec(inner);
  if (fn) {
    const parts = inner.split(/(?<!\\):/).map((p) => p.replace(/\\:/g, ':'));
    return { ...base, kind: 'function', name: parts[1] ?? '', args: parts.slice(2), nameStart: start + 4 };
  }
  if (inner.startsWith('i:')) return { ...base, kind: 'macro', name: inner.slice(2), nameStart: start + 4 };
  if (/^\w+$/.test(inner)) return { ...base, kind: 'variable', name: inner, nameStart: start + 2 };
  return { ...base, kind: 'other', name: inner, nameStart: start + 2 };
}

/**
 * The value after `${name}` substitution with the known variables, or undefined when something
 * cannot be known here (a function call, an unknown variable, a macro).
 */
export function expandKnown(value: string, variables: ReadonlyMap<string, string>): string | undefined {
  if (!value.includes('}') && !value.includes('${')) return value;
  const scan = scanReferences(value);
  if (scan.unbalanced.length > 0) return undefined;
  let result = '';
  let at = 0;
  for (const ref of scan.references) {
    if (ref.nested) continue;
    if (ref.kind !== 'variable' || !variables.has(ref.name)) return undefined;
    result += value.slice(at, ref.start) + variables.get(ref.name);
    at = ref.end;
  }
  return result + value.slice(at);
}
