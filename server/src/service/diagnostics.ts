import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageSupport } from './language';
import { findSuppressions, isSuppressed } from './suppression';
import { bounded, MAX_MESSAGE_CHARS } from './limits';
import type { Finding, KvmDiagnostic, Rule, SeverityName, Settings } from './types';

export const DIAGNOSTIC_SOURCE = 'kvmtune';

const LSP_SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function severityName(severity: DiagnosticSeverity | undefined): SeverityName {
  switch (severity) {
    case DiagnosticSeverity.Error:
      return 'error';
    case DiagnosticSeverity.Warning:
      return 'warning';
    case DiagnosticSeverity.Hint:
      return 'hint';
    default:
      return 'info';
  }
}

/** Runs every rule of a language on a parsed document and turns the findings into LSP diagnostics. */
export function runRules<P>(
  support: LanguageSupport<P>,
  doc: TextDocument,
  parsed: P,
  settings: Settings,
  docUrl: (ruleId: string) => string,
  only?: ReadonlySet<string>,
): KvmDiagnostic[] {
  const steps = ruleSteps(support, doc, parsed, settings, docUrl, only);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The same, one rule per step: the server runs the steps with pauses between them, so a long
 * validation lets other requests in and stops as soon as a newer version makes it useless.
 */
export function* ruleSteps<P>(
  support: LanguageSupport<P>,
  doc: TextDocument,
  parsed: P,
  settings: Settings,
  docUrl: (ruleId: string) => string,
  only?: ReadonlySet<string>,
): Generator<void, KvmDiagnostic[], void> {
  const suppressions = findSuppressions(doc.getText(), support.commentStyle);
  const diagnostics: KvmDiagnostic[] = [];
  const descriptions = new Map<string, { href: string }>();
  // Every finding of a rule links the same page: one description object per rule, not per finding.
  const describe = (ruleId: string) => {
    let description = descriptions.get(ruleId);
    if (!description) descriptions.set(ruleId, (description = { href: docUrl(ruleId) }));
    return description;
  };
  for (const rule of support.rules) {
    const configured = settings.rules[rule.id];
    if (configured === 'off' || (only && !only.has(rule.id))) continue;
    let findings: Finding[];
    try {
      findings = rule.check({ doc, parsed, settings });
    } catch (error) {
      findings = [internalErrorFinding(rule, error)];
    }
    for (const finding of findings) {
      if (isSuppressed(suppressions, finding.ruleId, finding.range.start.line)) continue;
      const severity = configured ?? finding.severity ?? rule.defaultSeverity;
      diagnostics.push(toDiagnostic(finding, severity, doc, describe));
    }
    yield;
  }
  return diagnostics.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

function toDiagnostic(
  finding: Finding,
  severity: SeverityName,
  doc: TextDocument,
  describe: (ruleId: string) => { href: string },
): KvmDiagnostic {
  const diagnostic: KvmDiagnostic = {
    range: finding.range,
    severity: LSP_SEVERITY[severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    codeDescription: describe(finding.ruleId),
    message: bounded(finding.message, MAX_MESSAGE_CHARS),
    data: { ruleId: finding.ruleId, fixes: finding.fixes ?? [] },
  };
  if (finding.tags?.length) diagnostic.tags = finding.tags;
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: doc.uri, range: r.range },
      message: bounded(r.message, MAX_MESSAGE_CHARS),
    }));
  }
  return diagnostic;
}

/** A rule that throws must not take the server down; the user sees which rule failed. */
function internalErrorFinding(rule: Rule<unknown>, error: unknown): Finding {
  const reason = bounded(error instanceof Error ? error.message : String(error), 200);
  return {
    ruleId: rule.id,
    severity: 'info',
    message: `kvmtune: rule ${rule.id} failed on this file (${reason}); please report it.`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}
