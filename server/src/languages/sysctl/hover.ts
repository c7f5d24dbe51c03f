import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../../service/types';
import { keyMarkdown } from './keyDocs';
import { kernelRangeText } from './kernelDocs';
import { verifiedKernelKey } from './kernelKeys';
import { isKnownKey, isVectorType, lookupKey, numericDefaultForKernel, suggestKeys, tableKeyOf, type SysctlKeyInfo } from './keyTable';
import type { SysctlFile, SysctlLine } from './parser';
import { describeQuantity, parseKernelInteger, valueTokens, type ValueToken } from './values';

export function computeHover(_doc: TextDocument, parsed: SysctlFile, position: Position, settings: Settings): Hover | null {
  const line = parsed.lines[position.line];
  if (!line?.key) return null;
  if (contains(line.key.range, position)) return keyHover(line, settings);
  if (line.kind === 'assignment' && line.valueRange && contains(line.valueRange, position)) return valueHover(line, position);
  return null;
}

function contains(range: Range, position: Position): boolean {
  return position.line === range.start.line && position.character >= range.start.character && position.character <= range.end.character;
}

function markdown(value: string, range: Range): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

function keyHover(line: SysctlLine, settings: Settings): Hover | null {
  const key = line.key!;
  const info = lookupKey(key.components);
  if (info) return markdown(keyMarkdown(info, key.name) + kernelSpecific(info, settings), key.range);
  if (key.isGlob) return markdown(`**${key.raw}** — glob pattern, applied to every matching key not set explicitly elsewhere.`, key.range);
  if (isKnownKey(key.components)) {
    const kernel = verifiedKernelKey(tableKeyOf(key.components));
    const range = kernel ? kernelRangeText(kernel) : undefined;
    const facts = range ? `\n\n- Range: ${range}${kernel?.default !== undefined ? `\n- Default in a fresh network namespace: \`${kernel.default}\`` : ''}` : '';
    return markdown(`**${key.name}** — a kernel sysctl kvmtune has no description of.${facts}`, key.range);
  }
  const suggestions = suggestKeys(key.name);
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `\`${s}\``).join(' or ')}?` : '';
  return markdown(`**${key.name}** — not in kvmtune's key table.${hint}`, key.range);
}

/** Notes that depend on kvmtune.kernel, added below the table-driven text. */
function kernelSpecific(info: SysctlKeyInfo, settings: Settings): string {
  if (info.key !== 'net.ipv4.tcp_limit_output_bytes') return '';
  const target = numericDefaultForKernel(info.key, settings);
  const paper = Number(info.paper?.value);
  if (target === undefined) return '';
  const verdict = target > paper ? `the paper's ${paper} would lower it` : target === paper ? `the paper's ${paper} is that default` : `the paper's ${paper} would raise it`;
  return `\n\n**On Linux ${settings.kernel}:** the default is ${target}; ${verdict}.`;
}

const TRIPLE_ROLES = ['minimum', 'default (initial size)', 'maximum (autotuning limit)'];
const MEMORY_ROLES = ['minimum (no pressure below)', 'pressure threshold', 'maximum (hard limit)'];
const PAIR_ROLES = ['first', 'last'];

function valueHover(line: SysctlLine, position: Position): Hover | null {
  const info = lookupKey(line.key!.components);
  if (!info || line.value === undefined || !line.valueRange) return null;
  const tokens = valueTokens({ value: line.value, valueRange: line.valueRange });
  const index = tokens.findIndex((t) => contains(t.range, position));
  if (index < 0) return null;
  const token = tokens[index];
  return markdown(describeToken(info, token, index), token.range);
}

function roleOf(info: SysctlKeyInfo, index: number): string | undefined {
  if (info.type === 'pair') return PAIR_ROLES[index];
  if (info.type !== 'triple') return undefined;
  return (info.unit === 'pages' ? MEMORY_ROLES : TRIPLE_ROLES)[index];
}

function describeToken(info: SysctlKeyInfo, token: ValueToken, index: number): string {
  const parts: string[] = [];
  const role = roleOf(info, index);
  if (isVectorType(info.type)) parts.push(role ? `**${role}** of \`${info.key}\`` : `extra value, ignored by the kernel`);
  const number = parseKernelInteger(token.text);
  if (number !== undefined) {
    const quantity = describeQuantity(number, info.unit);
    parts.push(`\`${token.text}\`${info.unit ? ` ${info.unit}` : ''}${quantity ? ` = ${quantity}` : ''}`);
  }
  // Own properties only: a value named `constructor` must not find Object's.
  const meaning = info.values && Object.hasOwn(info.values, token.text) ? info.values[token.text] : undefined;
  if (meaning) parts.push(`\`${token.text}\`: ${meaning}`);
  const defaults = info.default?.split(/\s+/);
  if (defaults && defaults[isVectorType(info.type) ? index : 0] !== undefined) {
    parts.push(`Kernel default: \`${defaults[isVectorType(info.type) ? index : 0]}\``);
  }
  const paper = info.paper?.value.split(/\s+/);
  if (paper && paper[isVectorType(info.type) ? index : 0] !== undefined) {
    parts.push(`IBM paper: \`${paper[isVectorType(info.type) ? index : 0]}\``);
  }
  return parts.join('\n\n');
}
