import {
  CodeActionKind,
  type CodeAction,
  type CodeLens,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type Location,
  type Position,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { runRules, ruleSteps, DIAGNOSTIC_SOURCE } from './diagnostics';
import { fixAllText, minimalEdit, preferredEdits } from './fixes';
import { boundedCompletions, boundedHover, largeDocumentNotice, namedSymbols } from './bounds';
import { isLargeDocument, REQUEST_CAP_MS, VALIDATION_SLICE_MS } from './limits';
import type { CommentStyle, LanguageSupport } from './language';
import { RecentMap } from './recent';
import { disableNextLineComment } from './suppression';
import { eolOf } from '../formats/lines';
import type { KvmDiagnostic, Settings } from './types';
import { perObjectCache } from './perObjectCache';

/** Above this many lines fix-all applies one pass (a re-validation would not fit the request cap). */
export const FIX_ALL_MULTIPASS_LINES = 20_000;

/** Parse trees kept at once (least recently used dropped first). */
export const PARSES_KEPT = 8;

/**
 * Documents whose diagnostics (with their fixes) and fix-all are kept: the ones being edited and
 * looked at. Code actions on any other document validate it again.
 */
export const RESULTS_KEPT = 16;

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.kvmtune`;
export const SHOW_RULE_DOC_COMMAND = 'kvmtune.showRuleDoc';

export interface LanguageServiceOptions {
  /** Which language checks a document (by its language id, or an XML document by its root element). */
  resolve(doc: TextDocument): LanguageSupport<any> | undefined;
  /** Link a diagnostic's code points at, e.g. a file URI of docs/rules/<id>.md. */
  ruleDocUrl(ruleId: string): string;
}

export interface LanguageService {
  languageOf(doc: TextDocument): LanguageSupport<unknown> | undefined;
  validate(doc: TextDocument, settings: Settings): KvmDiagnostic[];
  /**
   * The same, giving the event loop back every few milliseconds; resolves undefined as soon as
   * `stale()` says a newer version, a close or a settings change made the work useless.
   */
  validateAsync(doc: TextDocument, settings: Settings, stale: () => boolean): Promise<KvmDiagnostic[] | undefined>;
  /** Fix-all: the preferred fixes, re-validated and applied again until nothing changes (what `--fix` writes). */
  fixAll(doc: TextDocument, settings: Settings): FixAll;
  hover(doc: TextDocument, position: Position, settings: Settings): Hover | null;
  complete(doc: TextDocument, position: Position, settings: Settings): CompletionItem[];
  symbols(doc: TextDocument): DocumentSymbol[];
  definition(doc: TextDocument, position: Position, settings: Settings): Location[];
  codeLenses(doc: TextDocument): CodeLens[];
  /**
   * Quick fixes for the diagnostics the editor sends, looked up in the validation of the document as
   * it is now: the editor moves a diagnostic's range as the user types, but edits computed for an
   * older version would land on the wrong text. A diagnostic that no longer exists gets no edit.
   */
  codeActions(doc: TextDocument, range: Range, diagnostics: readonly Diagnostic[], settings: Settings, only?: readonly string[]): CodeAction[];
  forget(uri: string): void;
}

export interface FixAll {
  /** The edits that turn the document into `text` (one edit between common prefix and suffix after several passes). */
  edits: TextEdit[];
  text: string;
  passes: number;
}

interface Versioned<T> {
  version: number;
  languageId: string;
  text: string;
  value: T;
}

/** The editor-independent core: every LSP feature as a pure function of a document and settings. */
export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  const resolved = new Map<string, Versioned<LanguageSupport<unknown> | undefined>>();
  const parses = new RecentMap<string, Versioned<unknown>>(PARSES_KEPT);
  /** Fix-all and quick fixes run on every lightbulb request; the last result per document spares re-running the rules. */
  const lastDiagnostics = new RecentMap<string, Versioned<KvmDiagnostic[]> & { settings: Settings }>(RESULTS_KEPT);

  /** Same uri, version and text: a re-opened document with the same version but other text is not a hit. */
  function fresh<T>(hit: Versioned<T> | undefined, doc: TextDocument): hit is Versioned<T> {
    return hit !== undefined && hit.version === doc.version && hit.languageId === doc.languageId && hit.text === doc.getText();
  }

  function stamp<T>(doc: TextDocument, value: T): Versioned<T> {
    return { version: doc.version, languageId: doc.languageId, text: doc.getText(), value };
  }

  function languageOf(doc: TextDocument): LanguageSupport<unknown> | undefined {
    const hit = resolved.get(doc.uri);
    if (fresh(hit, doc)) return hit.value;
    const support = options.resolve(doc);
    resolved.set(doc.uri, stamp(doc, support));
    return support;
  }

  function parsed(doc: TextDocument, support: LanguageSupport<unknown>): unknown {
    const hit = parses.get(doc.uri);
    if (fresh(hit, doc)) return hit.value;
    const result = support.parse(doc);
    // Parse trees are the bulk of the server's memory; only the most recently used ones are kept
    // (a hover or completion elsewhere parses again, a few milliseconds).
    parses.set(doc.uri, stamp(doc, result));
    return result;
  }

  function cachedDiagnostics(doc: TextDocument, settings: Settings): KvmDiagnostic[] | undefined {
    const hit = lastDiagnostics.get(doc.uri);
    return fresh(hit, doc) && hit.settings === settings ? hit.value : undefined;
  }

  /** The rule steps for a document, or the finished list for a large one (only its language's cheap rules). */
  function steps(doc: TextDocument, support: LanguageSupport<unknown>, settings: Settings) {
    if (!isLargeDocument(doc)) return ruleSteps(support, doc, parsed(doc, support), settings, options.ruleDocUrl);
    const cheap = new Set(support.largeFileRules ?? []);
    const found = cheap.size > 0 ? runRules(support, doc, parsed(doc, support), settings, options.ruleDocUrl, cheap) : [];
    return (function* () {
      return [largeDocumentNotice(doc, options.ruleDocUrl), ...found];
    })();
  }

  function remember(doc: TextDocument, settings: Settings, diagnostics: KvmDiagnostic[]): KvmDiagnostic[] {
    lastDiagnostics.set(doc.uri, { ...stamp(doc, diagnostics), settings });
    return diagnostics;
  }

  function validate(doc: TextDocument, settings: Settings): KvmDiagnostic[] {
    const support = languageOf(doc);
    if (!support) return [];
    const hit = cachedDiagnostics(doc, settings);
    if (hit) return hit;
    const run = steps(doc, support, settings);
    for (let step = run.next(); ; step = run.next()) if (step.done) return remember(doc, settings, step.value);
  }

  async function validateAsync(doc: TextDocument, settings: Settings, stale: () => boolean): Promise<KvmDiagnostic[] | undefined> {
    const support = languageOf(doc);
    if (!support) return [];
    const hit = cachedDiagnostics(doc, settings);
    if (hit) return hit;
    const run = steps(doc, support, settings);
    let sliceStart = performance.now();
    for (let step = run.next(); ; step = run.next()) {
      if (step.done) return remember(doc, settings, step.value);
      if (performance.now() - sliceStart >= VALIDATION_SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        if (stale()) return undefined;
        sliceStart = performance.now();
      }
    }
  }

  /** Fix-all runs on every lightbulb request; computed once per version and settings. */
  const lastFixAll = new RecentMap<string, Versioned<FixAll> & { settings: Settings }>(RESULTS_KEPT);

  function fixAll(doc: TextDocument, settings: Settings): FixAll {
    const hit = lastFixAll.get(doc.uri);
    if (fresh(hit, doc) && hit.settings === settings) return hit.value;
    const support = languageOf(doc);
    const first = validate(doc, settings);
    let result: FixAll = { edits: [], text: doc.getText(), passes: 0 };
    // Computed once: on a file with 50,000 fixes each call costs about a hundred milliseconds.
    const firstEdits = support && !isLargeDocument(doc) ? preferredEdits(first) : [];
    if (support && firstEdits.length > 0) {
      // Re-validating is what costs: only while the request cap allows, and not at all for a file so
      // long that one more validation would exceed it (fix-all there is a single pass).
      const deadline = performance.now() + REQUEST_CAP_MS / 4;
      const multiPass = doc.lineCount <= FIX_ALL_MULTIPASS_LINES;
      const again = (next: TextDocument) =>
        !multiPass || performance.now() > deadline ? [] : runRules(support, next, support.parse(next), settings, options.ruleDocUrl);
      const { text, passes } = fixAllText(doc, again, first);
      const single = passes === 1 ? firstEdits : undefined;
      const edit = single ? undefined : minimalEdit(doc, text);
      result = { edits: single ?? (edit ? [edit] : []), text, passes };
    }
    lastFixAll.set(doc.uri, { ...stamp(doc, result), settings });
    return result;
  }

  function codeActions(doc: TextDocument, range: Range, requested: readonly Diagnostic[], settings: Settings, only?: readonly string[]): CodeAction[] {
    const support = languageOf(doc);
    if (!support) return [];
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const actions: CodeAction[] = [];
    const current = validate(doc, settings);
    if (wants(CodeActionKind.QuickFix)) {
      const byKey = indexed(current);
      for (const diagnostic of requested) {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
        const match = byKey.get(diagnosticKey(diagnostic));
        if (match) actions.push(...quickFixes(doc, match, diagnostic, support.commentStyle));
      }
    }
    if (wants(FIX_ALL_KIND)) {
      const { edits } = fixAll(doc, settings);
      if (edits.length > 0 || (only && only.includes(FIX_ALL_KIND))) {
        actions.push({ title: 'Fix all kvmtune problems', kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: edits } } });
      }
    }
    if (isLargeDocument(doc)) return actions;
    if (support.sourceActions && only?.some((o) => o === CodeActionKind.Source || o.startsWith(`${CodeActionKind.Source}.`)) !== false) {
      actions.push(...support.sourceActions(doc, parsed(doc, support), settings, range).filter((a) => wants(a.kind ?? '')));
    }
    return actions;
  }

  /** Editor features on a large document answer nothing rather than parse megabytes for one hover. */
  function withSupport<T>(doc: TextDocument, fallback: T, run: (support: LanguageSupport<unknown>, parsedDoc: unknown) => T): T {
    const support = languageOf(doc);
    return support && !isLargeDocument(doc) ? run(support, parsed(doc, support)) : fallback;
  }

  return {
    languageOf,
    validate,
    validateAsync,
    fixAll,
    hover: (doc, position, settings) => withSupport(doc, null, (s, p) => boundedHover(s.hover(doc, p, position, settings))),
    complete: (doc, position, settings) => withSupport(doc, [], (s, p) => boundedCompletions(s.complete(doc, p, position, settings))),
    symbols: (doc) => withSupport(doc, [], (s, p) => namedSymbols(s.symbols(doc, p))),
    definition: (doc, position, settings) => withSupport(doc, [], (s, p) => s.definition?.(doc, p, position, settings) ?? []),
    codeLenses: (doc) => withSupport(doc, [], (s, p) => s.codeLenses?.(doc, p) ?? []),
    codeActions,
    forget: (uri) => {
      resolved.delete(uri);
      parses.delete(uri);
      lastDiagnostics.delete(uri);
      lastFixAll.delete(uri);
    },
  };
}

/**
 * The diagnostics of one validation by key, built once per validation (the list is cached per
 * version): a request carrying every diagnostic of a big file stays linear, and the lightbulb on one
 * diagnostic of a 50,000-finding file does not rebuild 50,000 keys each time.
 */
const indexes = perObjectCache<readonly KvmDiagnostic[], Map<string, KvmDiagnostic>>('indexes');
function indexed(diagnostics: readonly KvmDiagnostic[]): Map<string, KvmDiagnostic> {
  let byKey = indexes.get(diagnostics);
  if (!byKey) {
    byKey = new Map();
    for (const d of diagnostics) {
      const key = diagnosticKey(d);
      if (!byKey.has(key)) byKey.set(key, d);
    }
    indexes.set(diagnostics, byKey);
  }
  return byKey;
}

function diagnosticKey(d: { code?: string | number; range: Range }): string {
  return `${String(d.code)}\u0000${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
}

/** `current` is the service's own diagnostic (its fixes); `sent` is the editor's copy, echoed back in the action. */
function quickFixes(doc: TextDocument, current: KvmDiagnostic, sent: Diagnostic, style: CommentStyle): CodeAction[] {
  const { ruleId, fixes } = current.data;
  const actions: CodeAction[] = fixes.map((fix) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [sent],
    isPreferred: fix.isPreferred,
    edit: { changes: { [doc.uri]: fix.edits } },
  }));
  const line = current.range.start.line;
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  actions.push({
    title: `Disable ${ruleId} for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [sent],
    edit: {
      changes: {
        [doc.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: disableNextLineComment(ruleId, style, indent, eolOf(doc)) }],
      },
    },
  });
  actions.push({
    title: `Show documentation for ${ruleId}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [sent],
    command: { title: `Show documentation for ${ruleId}`, command: SHOW_RULE_DOC_COMMAND, arguments: [ruleId] },
  });
  return actions;
}

/** What the editor receives: the rule id, never edits (those are looked up again when asked for). */
export function publishedDiagnostics(diagnostics: readonly KvmDiagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, data: { ruleId: d.data.ruleId } }));
}
