import { CompletionItemKind, MarkupKind, type CompletionItem, type MarkupContent, type Position, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { sectionAtLine } from '../../formats/ini';
import { valueCompletions } from '../../formats/table';
import { lazyMarkdown } from '../../service/completionDocs';
import type { Settings } from '../../service/types';
import { allModules, findModule } from '../modprobe/moduleParams';
import { keyMarkdown } from '../sysctl/keyDocs';
import { lookupKeyName, SYSCTL_KEYS } from '../sysctl/keyTable';
import { typedKeyMatcher } from '../sysctl/completion';
import { optionEntry, optionMarkdown, pluginMarkdown, specialMarkdown } from './docs';
import { unitOf, type TunedProfile, type TunedUnit } from './parser';
import { shippedProfileMarkdown } from './profileDocs';
import { SHIPPED_PROFILES } from './shippedProfiles';
import { findPlugin, findPluginOption, findSpecialSection, PLUGINS, SPECIAL_SECTIONS, UNIT_KEYWORDS, type TunedOption } from './table';
import { compareVersions, CURRENT_TUNED, targetHas, tunedVersionOf } from './version';

export function computeCompletions(doc: TextDocument, profile: TunedProfile, position: Position, settings: Settings): CompletionItem[] {
  const text = doc.getText({ start: { line: position.line, character: 0 }, end: position });
  const trimmed = text.trimStart();
  if (trimmed.startsWith('#') || trimmed.startsWith(';')) return [];
  const indent = text.length - trimmed.length;
  if (trimmed.startsWith('[')) {
    const after = doc.getText({ start: position, end: { line: position.line, character: position.character + 1 } });
    const r = range(position, indent + 1);
    // Replace a closing bracket that is already there instead of doubling it.
    return sectionItems(after === ']' ? { start: r.start, end: { line: position.line, character: position.character + 1 } } : r, settings);
  }
  const section = sectionAtLine(profile.ini, position.line);
  const unit = section && unitOf(profile, section);
  if (!unit) return [];
  const equals = trimmed.indexOf('=');
  if (equals < 0) return nameItems(unit, trimmed, range(position, indent), settings);
  const name = trimmed.slice(0, equals).trim();
  const valueStart = indent + equals + 1 + (trimmed.slice(equals + 1).length - trimmed.slice(equals + 1).trimStart().length);
  return valueItems(unit, name, trimmed.slice(equals + 1), range(position, valueStart), settings);
}

function range(position: Position, from: number): Range {
  return { start: { line: position.line, character: Math.min(from, position.character) }, end: position };
}

function item(label: string, kind: CompletionItemKind, r: Range, documentation?: string, detail?: string, sortText?: string): CompletionItem {
  return { label, kind, textEdit: { range: r, newText: label }, filterText: label, documentation: documentation ? { kind: MarkupKind.Markdown, value: documentation } : undefined, detail, sortText };
}

function sectionItems(r: Range, settings: Settings): CompletionItem[] {
  const specials = SPECIAL_SECTIONS.map((s) => item(`${s.name}]`, CompletionItemKind.Module, r, specialMarkdown(s), 'tuned profile section', `0${s.name}`));
  const plugins = PLUGINS.filter((p) => targetHas(settings, p.since)).map((p) => item(`${p.name}]`, CompletionItemKind.Module, r, pluginMarkdown(p, p.name, settings.platform === 's390x'), `tuned plugin (since ${p.since})`, `1${p.name}`));
  return [...specials, ...plugins];
}

function optionItem(option: TunedOption, r: Range, sort: string): CompletionItem {
  return { ...item(option.name, CompletionItemKind.Property, r, optionMarkdown(option), option.since ? `since tuned ${option.since}` : undefined, sort), insertText: `${option.name}=`, textEdit: { range: r, newText: `${option.name}=` } };
}

function nameItems(unit: TunedUnit, typed: string, r: Range, settings: Settings): CompletionItem[] {
  const keywords = UNIT_KEYWORDS.filter((k) => targetHas(settings, k.since)).map((k) => optionItem(k, r, `2${k.name}`));
  const special = findSpecialSection(unit.plugin);
  if (special) return unit.plugin === 'main' ? special.options.map((o) => optionItem(o, r, `0${o.name}`)) : [];
  if (unit.plugin === 'sysctl') return sysctlKeyItems(typed, r);
  if (unit.plugin === 'modules') return allModules().map((m) => ({ ...item(m.name, CompletionItemKind.Module, r, m.summary), textEdit: { range: r, newText: `${m.name}=` } }));
  const plugin = findPlugin(unit.plugin);
  if (!plugin) return keywords;
  const own = plugin.options.filter((o) => targetHas(settings, o.since)).map((o) => optionItem(o, r, `${o.paper ? '0' : '1'}${o.name}`));
  return [...own, ...keywords];
}

interface SysctlKeyEntry {
  key: string;
  /** Shared by every list that offers the key (the items are read, never changed). */
  documentation: MarkupContent;
  detail: string | undefined;
  sortText: string;
}

let sysctlKeyEntries: SysctlKeyEntry[] | undefined;

/** The [sysctl] name candidates, made once (the table does not change); each key's documentation is written when first read. */
function sysctlEntries(): SysctlKeyEntry[] {
  sysctlKeyEntries ??= SYSCTL_KEYS.filter((info) => !info.vendorOnly && !info.key.includes('<')).map((info) => ({
    key: info.key,
    documentation: lazyMarkdown(() => keyMarkdown(info)),
    detail: info.paper ? `IBM paper: ${info.paper.value}` : undefined,
    sortText: `${info.paper ? '0' : '1'}${info.key}`,
  }));
  return sysctlKeyEntries;
}

let longestSysctlKey = -1;

function sysctlKeyItems(typed: string, r: Range): CompletionItem[] {
  // A key matches only if it is at least as long as the typed text (its prefix plus the part that
  // must occur after it), so a longer text matches nothing and is not split once per key.
  if (longestSysctlKey < 0) longestSysctlKey = Math.max(0, ...sysctlEntries().map((e) => e.key.length));
  if (typed.length > longestSysctlKey) return [];
  const matches = typedKeyMatcher(typed);
  const items: CompletionItem[] = [];
  for (const entry of sysctlEntries()) {
    if (!matches(entry.key)) continue;
    items.push({
      label: entry.key,
      kind: CompletionItemKind.Property,
      textEdit: { range: r, newText: `${entry.key}=` },
      filterText: entry.key,
      documentation: entry.documentation,
      detail: entry.detail,
      sortText: entry.sortText,
    });
  }
  return items;
}

function valueItems(unit: TunedUnit, name: string, typedValue: string, r: Range, settings: Settings): CompletionItem[] {
  if (unit.plugin === 'main' && name === 'include') {
    const lastSeparator = Math.max(typedValue.lastIndexOf(','), typedValue.lastIndexOf(';'));
    const from = lastSeparator < 0 ? r : { start: { line: r.start.line, character: r.end.character - (typedValue.length - lastSeparator - 1) + (typedValue.slice(lastSeparator + 1).length - typedValue.slice(lastSeparator + 1).trimStart().length) }, end: r.end };
    const release = tunedVersionOf(settings) || CURRENT_TUNED;
    return SHIPPED_PROFILES.filter((p) => compareVersions(release, p.since) >= 0 && (!p.lastRelease || compareVersions(release, p.lastRelease) <= 0)).map((p) =>
      item(p.name, CompletionItemKind.Reference, from, shippedProfileMarkdown(p), p.package ? `tuned ${p.since}, ${p.package}` : `tuned ${p.since}`, `${/network|virtual|latency|throughput/.test(p.name) ? '0' : '1'}${p.name}`),
    );
  }
  if (unit.plugin === 'sysctl') {
    const info = lookupKeyName(name);
    if (!info) return [];
    const values = [info.paper && { v: info.paper.value, d: 'IBM paper value' }, info.default !== undefined && { v: info.default, d: 'kernel default' }].filter(Boolean) as { v: string; d: string }[];
    return values.map(({ v, d }, i) => item(/\s/.test(v) ? `"${v}"` : v, CompletionItemKind.Value, r, undefined, d, String(i)));
  }
  if (unit.plugin === 'modules') {
    const module = findModule(name);
    return (module?.params ?? []).map((p) => {
      const value = p.paper ? String(p.paper.value) : String(p.default);
      return item(`${p.name}=${value}`, CompletionItemKind.Value, r, p.summary, p.paper ? 'IBM paper value' : 'default', `${p.paper ? '0' : '1'}${p.name}`);
    });
  }
  const option = UNIT_KEYWORDS.find((k) => k.name === name) ?? (findPlugin(unit.plugin) && findPluginOption(findPlugin(unit.plugin)!, name));
  if (!option) return [];
  const entry = optionEntry(option);
  const values = option.type === 'unit-bool' ? { ...entry, values: { true: 'on', false: 'off' } } : entry;
  return valueCompletions(values).map((c) => ({ ...c, textEdit: { range: r, newText: c.label } }));
}
