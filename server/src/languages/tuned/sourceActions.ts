import { CodeActionKind, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { blankLineBeforeAppend, eolOf } from '../../formats/lines';
import type { Settings } from '../../service/types';
import { findParam } from '../modprobe/moduleParams';
import { paperSettingsFor } from '../sysctl/sourceActions';
import { sysctlKeyOf } from './sysctlKey';
import { insertIntoSectionEdit } from './edits';
import { optionsOfPlugin, type TunedProfile } from './parser';
import { findPlugin, findPluginOption } from './table';
import { targetHas } from './version';

export const ADD_PAPER_SETTINGS_KIND = `${CodeActionKind.Source}.addPaperSettings.kvmtune`;
export const ADD_PAPER_SETTINGS_TITLE = "Add the paper's settings";


function sysctlName(key: string): string {
  return sysctlKeyOf(key)?.name ?? key;
}

/** Lines the profile lacks, per plugin: the paper's sysctls, halt_poll_ns, txqueuelen and mtu. */
export function missingPaperLines(profile: TunedProfile, settings: Settings): { plugin: string; lines: string[] }[] {
  const has = (plugin: string, name: string) => optionsOfPlugin(profile, plugin).some((option) => option.name === name);
  const present = new Set(optionsOfPlugin(profile, 'sysctl').map((option) => sysctlName(option.name)));
  const sysctl = paperSettingsFor(settings).filter((info) => !present.has(info.key)).map((info) => `${info.key}=${/\s/.test(info.paper!.value) ? `"${info.paper!.value}"` : info.paper!.value}`);
  const halt = findParam('kvm', 'halt_poll_ns')?.paper;
  const modules = halt && !has('modules', 'kvm') ? [`kvm=halt_poll_ns=${halt.value}`] : [];
  const net = findPlugin('net')!;
  const netLines = ['txqueuelen', 'mtu']
    .map((name) => findPluginOption(net, name)!)
    .filter((o) => targetHas(settings, o.since) && !has('net', o.name))
    .map((o) => `${o.name}=${o.paper!.value}`);
  return [
    { plugin: 'sysctl', lines: sysctl },
    { plugin: 'modules', lines: modules },
    { plugin: 'net', lines: netLines },
  ].filter((g) => g.lines.length > 0);
}

export function computeSourceActions(doc: TextDocument, profile: TunedProfile, settings: Settings, _range: Range): CodeAction[] {
  const groups = missingPaperLines(profile, settings);
  if (groups.length === 0) return [];
  const eol = eolOf(doc);
  const edits: TextEdit[] = [];
  const newSections: string[] = [];
  for (const group of groups) {
    if (profile.units.some((u) => u.plugin === group.plugin)) edits.push(insertIntoSectionEdit(doc, profile, group.plugin, group.lines.join(eol)));
    else newSections.push([`[${group.plugin}]`, ...group.lines].join(eol));
  }
  if (newSections.length > 0) {
    const text = doc.getText();
    const end = doc.positionAt(text.length);
    const lead = blankLineBeforeAppend(text, eol);
    edits.push({ range: { start: end, end }, newText: `${lead}${newSections.join(eol + eol)}${eol}` });
  }
  return [{ title: ADD_PAPER_SETTINGS_TITLE, kind: ADD_PAPER_SETTINGS_KIND, edit: { changes: { [doc.uri]: edits } } }];
}

