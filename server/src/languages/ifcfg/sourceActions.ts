import { CodeActionKind, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { targetsKernelAtLeast } from '../../service/settings';
import type { Settings } from '../../service/types';
import { lookupOption } from './keyTable';
import { addOptionEdit, findOption } from './optionsEdit';
import { isQethDevice, type IfcfgFile } from './parser';
import { paperBufferCount } from './rules/ifcfg-paper-buffer-count';
import { paperChecksumming } from './rules/ifcfg-paper-checksumming';
import { paperMtu } from './rules/ifcfg-paper-mtu';

export const ADD_PAPER_SETTINGS_KIND = `${CodeActionKind.Source}.addPaperSettings.kvmtune`;
export const ADD_PAPER_SETTINGS_TITLE = "Add the paper's interface settings";

/** OPTIONS tokens the paper wants that the file lacks, added in one edit so OPTIONS is written once. */
function missingTokens(file: IfcfgFile, settings: Settings): string[] {
  if (!isQethDevice(file)) return [];
  const options = file.effective.get('OPTIONS')?.property;
  const tokens: string[] = [];
  if (!findOption(options, 'buffer_count')) tokens.push(`buffer_count=${lookupOption('buffer_count')?.paper?.value ?? 128}`);
  const ethtool = file.effective.get('ETHTOOL_OPTS')?.property.value ?? '';
  const offloadOn = /\brx\s+on\b/.test(ethtool) && /\btx\s+on\b/.test(ethtool);
  if (!targetsKernelAtLeast(settings, '3.0') && !offloadOn && !findOption(options, 'checksumming')) {
    tokens.push(`checksumming=${lookupOption('checksumming')?.paper?.value ?? 'hw_checksumming'}`);
  }
  return tokens;
}

/** Applies every paper rule's fix at once: MTU, the OPTIONS tokens, and on 3.0+ the checksumming replacement. */
export function computeSourceActions(doc: TextDocument, parsed: IfcfgFile, settings: Settings, _range: Range): CodeAction[] {
  const tokens = missingTokens(parsed, settings);
  const ctx = { doc, parsed, settings };
  const edits: TextEdit[] = [...paperMtu.check(ctx), ...paperBufferCount.check(ctx), ...paperChecksumming.check(ctx)]
    .filter((finding) => !finding.message.startsWith('No buffer_count') && !finding.message.startsWith('No checksumming'))
    .flatMap((finding) => finding.fixes?.[0]?.edits ?? []);
  if (tokens.length > 0) edits.push(...(addOptionEdit(doc, parsed, tokens.join(' ')) ?? []));
  if (edits.length === 0) return [];
  return [{ title: ADD_PAPER_SETTINGS_TITLE, kind: ADD_PAPER_SETTINGS_KIND, edit: { changes: { [doc.uri]: edits } } }];
}
