import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { strandCount, type Span, type UperfGroup, type UperfProfile, type UperfTransaction } from './model';

/** Groups, their transactions and flowops as uperf names them (Group<n>, Txn<n>), for the outline. */
export function computeSymbols(_doc: TextDocument, parsed: UperfProfile): DocumentSymbol[] {
  return parsed.groups.map((group, index) => {
    const next = parsed.groups[index + 1];
    return symbol(parsed, group.name?.value || `Group${group.index}`, groupDetail(group), SymbolKind.Namespace, group.token,
      { start: group.token.start, end: next ? next.token.start : lastEnd(parsed, group) }, group.transactions.map((txn) => transactionSymbol(parsed, txn)));
  });
}

function groupDetail(group: UperfGroup): string {
  const count = strandCount(group);
  return count ? `${count.name}=${count.value}` : '';
}

function lastEnd(parsed: UperfProfile, group: UperfGroup): number {
  const txn = group.transactions[group.transactions.length - 1];
  const flowop = txn?.flowops[txn.flowops.length - 1];
  return Math.max(group.token.end, txn?.token.end ?? 0, flowop?.token.end ?? 0, ...(flowop?.optionAttributes.map((a) => a.span.end) ?? []), flowop?.type?.span.end ?? 0) || parsed.text.length;
}

function transactionSymbol(parsed: UperfProfile, txn: UperfTransaction): DocumentSymbol {
  const detail = txn.duration ? `duration=${txn.duration.value}` : txn.iterations ? `iterations=${txn.iterations.value}` : 'once';
  const flowops = txn.flowops.map((flowop) => {
    const end = Math.max(flowop.token.end, flowop.type?.span.end ?? 0, ...flowop.optionAttributes.map((a) => a.span.end));
    return symbol(parsed, flowop.type?.value ?? 'flowop', flowop.optionAttributes.map((a) => a.value).join(' '), SymbolKind.Function, flowop.token, { start: flowop.token.start, end }, []);
  });
  const end = Math.max(txn.token.end, ...flowops.map((f) => parsed.offsetAt(f.range.end)));
  return symbol(parsed, `Txn${txn.index}`, detail, SymbolKind.Event, txn.token, { start: txn.token.start, end }, flowops);
}

function symbol(parsed: UperfProfile, name: string, detail: string, kind: SymbolKind, selection: Span, span: Span, children: DocumentSymbol[]): DocumentSymbol {
  return { name, detail, kind, range: parsed.rangeOf(span), selectionRange: parsed.rangeOf({ start: selection.start, end: selection.end }), children };
}
