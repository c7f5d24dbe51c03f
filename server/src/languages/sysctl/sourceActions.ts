import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { targetsKernelAtLeast } from '../../service/settings';
import { blankLineBeforeAppend, eolOf } from '../../formats/lines';
import type { Settings } from '../../service/types';
import { defaultForKernel, paperKeys, type SysctlKeyInfo } from './keyTable';
import type { SysctlFile } from './parser';

export const ADD_PAPER_SETTINGS_KIND = `${CodeActionKind.Source}.addPaperSettings.kvmtune`;
export const ADD_PAPER_SETTINGS_TITLE = "Add the paper's network settings";

/**
 * The paper's net.* settings worth adding for the target kernel: tcp_low_latency is ignored from
 * 4.14 on, and tcp_limit_output_bytes = 131072 is left out where the target's default (from the
 * key table) is larger, i.e. where the paper's value would lower it.
 */
export function paperSettingsFor(settings: Settings): SysctlKeyInfo[] {
  return paperKeys().filter((info) => {
    if (!info.key.startsWith('net.')) return false;
    if (info.key === 'net.ipv4.tcp_low_latency') return !targetsKernelAtLeast(settings, '4.14');
    if (info.key === 'net.ipv4.tcp_limit_output_bytes') {
      const target = defaultForKernel(info, settings);
      return target === undefined || Number(target) <= Number(info.paper!.value);
    }
    return true;
  });
}

export function computeSourceActions(doc: TextDocument, parsed: SysctlFile, settings: Settings, _range: Range): CodeAction[] {
  const present = new Set(parsed.assignments.map((a) => a.key.name));
  const missing = paperSettingsFor(settings).filter((info) => !present.has(info.key));
  if (missing.length === 0) return [];
  const text = doc.getText();
  const end = doc.positionAt(text.length);
  const eol = eolOf(doc);
  const separator = blankLineBeforeAppend(text, eol);
  const block = [
    '# Network settings from the IBM paper "KVM Network Performance on IBM Z", chapter 7',
    ...missing.map((info) => `${info.key} = ${info.paper!.value}`),
  ].join(eol);
  return [
    {
      title: ADD_PAPER_SETTINGS_TITLE,
      kind: ADD_PAPER_SETTINGS_KIND,
      edit: { changes: { [doc.uri]: [{ range: { start: end, end }, newText: `${separator}${block}${eol}` }] } },
    },
  ];
}
