import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Rule, Settings } from './types';
import { perObjectCache } from './perObjectCache';

/** Each simulation is one more validation: past this many in one document the checked fixes are not offered. */
const MAX_SIMULATIONS = 16;

interface Budget {
  /** The line of each error the other rules find now. */
  errorLines: number[];
  simulations: number;
}

const budgets = perObjectCache<object, Map<string, Budget>>('budgets');

/**
 * Set while the rules run to find errors. Their own fixes are not wanted then, and two rules whose
 * fixes each simulate the other would otherwise simulate each other without end.
 */
let counting = false;

/** The line of each error `rules` (all but `except`) find in a document, at their default or stated severity. */
function errorLines<P>(rules: readonly Rule<P>[], except: string, doc: TextDocument, parsed: P, settings: Settings): number[] {
  counting = true;
  try {
    const lines: number[] = [];
    for (const rule of rules) {
      if (rule.id === except) continue;
      for (const finding of rule.check({ doc, parsed, settings })) if ((finding.severity ?? rule.defaultSeverity) === 'error') lines.push(finding.range.start.line);
    }
    return lines;
  } finally {
    counting = false;
  }
}

function budgetOf<P>(rules: readonly Rule<P>[], except: string, doc: TextDocument, parsed: P, settings: Settings): Budget {
  const key = `${except}\u0000${JSON.stringify(settings)}`;
  let byKey = budgets.get(parsed as object);
  if (!byKey) budgets.set(parsed as object, (byKey = new Map()));
  let budget = byKey.get(key);
  if (!budget) byKey.set(key, (budget = { errorLines: errorLines(rules, except, doc, parsed, settings), simulations: 0 }));
  return budget;
}

const outside = (lines: readonly number[], edited: ReadonlySet<number>) => lines.filter((line) => !edited.has(line)).length;

/**
 * Whether applying `edits` leaves the other rules with no more errors than now outside the lines
 * the edits change (on those, a fix may expose the next problem of its own line: the error it
 * removes can be traded only there). Edits that add or remove lines are judged by the total. For
 * the few fixes whose effect reaches past their edit (a header that puts the lines below it in a
 * section, a type or plugin name that decides how the contents are read), on input too mangled to
 * reason about.
 */
export function editsAddNoError<P>(rules: readonly Rule<P>[], except: string, parse: (doc: TextDocument) => P, doc: TextDocument, parsed: P, settings: Settings, edits: TextEdit[]): boolean {
  if (counting) return false;
  const budget = budgetOf(rules, except, doc, parsed, settings);
  if (budget.simulations >= MAX_SIMULATIONS) return false;
  budget.simulations += 1;
  const fixed = TextDocument.create(doc.uri, doc.languageId, doc.version, TextDocument.applyEdits(doc, edits));
  const after = errorLines(rules, except, fixed, parse(fixed), settings);
  const keepsLines = edits.every((edit) => edit.range.start.line === edit.range.end.line && !/[\r\n]/.test(edit.newText));
  if (!keepsLines) return after.length <= budget.errorLines.length;
  const edited = new Set(edits.map((edit) => edit.range.start.line));
  return outside(after, edited) <= outside(budget.errorLines, edited);
}
