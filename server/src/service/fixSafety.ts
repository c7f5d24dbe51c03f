import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Rule, Settings } from './types';

/** Each simulation is one more validation: past this many in one document the checked fixes are not offered. */
const MAX_SIMULATIONS = 16;

interface Budget {
  errors: number;
  simulations: number;
}

const budgets = new WeakMap<object, Map<string, Budget>>();

/**
 * Set while the rules run to count errors. Their own fixes are not wanted then, and two rules whose
 * fixes each simulate the other would otherwise simulate each other without end.
 */
let counting = false;

function countErrors<P>(rules: readonly Rule<P>[], except: string, doc: TextDocument, parsed: P, settings: Settings): number {
  counting = true;
  try {
    return errorCount(rules, except, doc, parsed, settings);
  } finally {
    counting = false;
  }
}

/** How many errors `rules` (all but `except`) find in a document, at their default or stated severity. */
export function errorCount<P>(rules: readonly Rule<P>[], except: string, doc: TextDocument, parsed: P, settings: Settings): number {
  let count = 0;
  for (const rule of rules) {
    if (rule.id === except) continue;
    for (const finding of rule.check({ doc, parsed, settings })) if ((finding.severity ?? rule.defaultSeverity) === 'error') count += 1;
  }
  return count;
}

function budgetOf<P>(rules: readonly Rule<P>[], except: string, doc: TextDocument, parsed: P, settings: Settings): Budget {
  const key = `${except}\u0000${JSON.stringify(settings)}`;
  let byKey = budgets.get(parsed as object);
  if (!byKey) budgets.set(parsed as object, (byKey = new Map()));
  let budget = byKey.get(key);
  if (!budget) byKey.set(key, (budget = { errors: countErrors(rules, except, doc, parsed, settings), simulations: 0 }));
  return budget;
}

/**
 * Whether applying `edits` leaves the other rules with no more errors than now. For the few fixes
 * whose effect reaches past their edit (a header that puts the lines below it in a section, a type
 * or plugin name that decides how the contents are read), on input too mangled to reason about.
 */
export function editsAddNoError<P>(rules: readonly Rule<P>[], except: string, parse: (doc: TextDocument) => P, doc: TextDocument, parsed: P, settings: Settings, edits: TextEdit[]): boolean {
  if (counting) return false;
  const budget = budgetOf(rules, except, doc, parsed, settings);
  if (budget.simulations >= MAX_SIMULATIONS) return false;
  budget.simulations += 1;
  const fixed = TextDocument.create(doc.uri, doc.languageId, doc.version, TextDocument.applyEdits(doc, edits));
  return countErrors(rules, except, fixed, parse(fixed), settings) <= budget.errors;
}
