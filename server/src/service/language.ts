import type { CodeAction, CodeLens, CompletionItem, DocumentSymbol, Hover, Location, Position, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageId, Rule, Settings } from './types';

/** How a language writes the comment that carries `kvmtune-disable…` directives. */
export type CommentStyle = 'hash' | 'xml';

/** Everything one file language contributes; the language service dispatches to it. */
export interface LanguageSupport<Parsed> {
  id: LanguageId;
  commentStyle: CommentStyle;
  parse(doc: TextDocument): Parsed;
  rules: readonly Rule<Parsed>[];
  /**
   * Ids of the rules that stay cheap (linear, no cross-line work) on a document above the large-file
   * limit (server/src/service/limits.ts). Only these run there; without the list, none does.
   */
  largeFileRules?: readonly string[];
  hover(doc: TextDocument, parsed: Parsed, position: Position, settings: Settings): Hover | null;
  complete(doc: TextDocument, parsed: Parsed, position: Position, settings: Settings): CompletionItem[];
  symbols(doc: TextDocument, parsed: Parsed): DocumentSymbol[];
  /** Source actions beyond fix-all, e.g. "Add the paper's network settings". */
  sourceActions?(doc: TextDocument, parsed: Parsed, settings: Settings, range: Range): CodeAction[];
  /** Go to Definition, e.g. a tuned `include=` name to the included profile. */
  definition?(doc: TextDocument, parsed: Parsed, position: Position, settings: Settings): Location[];
  /** Informational lenses, e.g. the environment variables a uperf profile needs. */
  codeLenses?(doc: TextDocument, parsed: Parsed): CodeLens[];
}
