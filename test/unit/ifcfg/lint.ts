import { TextDocument } from 'vscode-languageserver-textdocument';
import { ifcfgSupport } from '../../../server/src/languages/ifcfg/support';
import { runRules, severityName } from '../../../server/src/service/diagnostics';
import { normalizeSettings } from '../../../server/src/service/settings';
import type { KvmDiagnostic, Settings } from '../../../server/src/service/types';

let version = 0;
export function ifcfgDoc(text: string, uri = 'file:///etc/sysconfig/network-scripts/ifcfg-enc600'): TextDocument {
  version += 1;
  return TextDocument.create(uri, 'ifcfg', version, text);
}

/** Settings from plain strings (`kernel`, `platform`, `workload`, rules as given). */
export function settings(raw: Record<string, unknown> = {}): Settings {
  return normalizeSettings(raw);
}

export function lint(text: string, raw: Record<string, unknown> = {}): KvmDiagnostic[] {
  const doc = ifcfgDoc(text);
  return runRules(ifcfgSupport, doc, ifcfgSupport.parse(doc), settings(raw), (id) => `https://docs.invalid/${id}.md`);
}

/** `line:start-end severity rule` (0-based like LSP). */
export function brief(d: KvmDiagnostic): string {
  const { start, end } = d.range;
  const span = start.line === end.line ? `${start.character}-${end.character}` : `${start.character}-${end.line}:${end.character}`;
  return `${start.line}:${span} ${severityName(d.severity)} ${String(d.code)}`;
}

export function applyFix(text: string, d: KvmDiagnostic, title?: string): string {
  const fix = title ? d.data.fixes.find((f) => f.title === title) : d.data.fixes[0];
  if (!fix) throw new Error(`no fix '${title ?? ''}' on ${brief(d)}: ${d.data.fixes.map((f) => f.title).join(', ')}`);
  return TextDocument.applyEdits(ifcfgDoc(text), fix.edits);
}

/**
 * `# expect-next-line <severity> <start>-<end>` marks a finding on the next non-marker line with
 * its exact columns (several markers may stack); `# settings: kernel=6.8 platform=s390x` sets settings.
 */
export function expectations(text: string, ruleId: string): { expected: string[]; settings: Record<string, string> } {
  const lines = text.split(/\r\n|\r|\n/);
  const expected: string[] = [];
  let settings: Record<string, string> = {};
  let pending: string[] = [];
  lines.forEach((line, index) => {
    const mark = /^# expect-next-line (\w+) (\d+)-(\d+)$/.exec(line);
    const set = /^# settings: (.*)$/.exec(line);
    if (mark) pending.push(`${index}:${mark[2]}-${mark[3]} ${mark[1]} ${ruleId}`);
    else if (set) settings = Object.fromEntries(set[1].split(/\s+/).map((pair) => pair.split('=') as [string, string]));
    else {
      expected.push(...pending.map((p) => p.replace(/^\d+:/, `${index}:`)));
      pending = [];
    }
  });
  return { expected, settings };
}
