import { TextDocument } from 'vscode-languageserver-textdocument';
import { modprobeSupport } from '../../../server/src/languages/modprobe/support';
import { runRules } from '../../../server/src/service/diagnostics';
import { normalizeSettings } from '../../../server/src/service/settings';
import type { KvmDiagnostic } from '../../../server/src/service/types';

export { brief, expectations } from '../ifcfg/lint';

export function modprobeDoc(text: string): TextDocument {
  return TextDocument.create('file:///etc/modprobe.d/kvm.conf', 'modprobe', 1, text);
}

export function lint(text: string, raw: Record<string, unknown> = {}): KvmDiagnostic[] {
  const doc = modprobeDoc(text);
  return runRules(modprobeSupport, doc, modprobeSupport.parse(doc), normalizeSettings(raw), (id) => `https://docs.invalid/${id}.md`);
}

export function applyFix(text: string, d: KvmDiagnostic, index = 0): string {
  return TextDocument.applyEdits(modprobeDoc(text), d.data.fixes[index].edits);
}
