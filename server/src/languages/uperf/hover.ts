import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { entryMarkdown, type TableEntry } from '../../formats/table';
import type { Settings } from '../../service/types';
import { requiredVariables } from './envVars';
import { attributeInfo, elementInfo, flowopInfo, optionInfo, optionUsedBy, type OptionInfo } from './knowledge';
import type { Span, UperfAttribute, UperfFlowop, UperfOption, UperfProfile } from './model';
import { bytesText, parseSize, stringToInt, stringToNsec, timeText } from './numbers';
import type { UperfToken } from './tokenizer';
import { mainShape, paperTestName, paperWorkloadOf, PAPER_DURATION_SECONDS } from './workload';

function hover(profile: UperfProfile, span: Span, value: string): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: profile.rangeOf(span) };
}

function inside(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

function tokenAt(profile: UperfProfile, offset: number): UperfToken | undefined {
  const { tokens } = profile;
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].end < offset) low = mid + 1;
    else if (tokens[mid].start > offset) high = mid - 1;
    else return tokens[mid];
  }
  return undefined;
}

/** What uperf makes of a number or time value, for the hover. */
export function describeValue(kind: string, value: string): string | undefined {
  if (value.startsWith('$')) return `taken from the environment variable \`${value.slice(1)}\` when uperf starts (unset: uperf fails)`;
  if (kind === 'size') {
    const size = parseSize(value);
    if (!size.ok) return undefined;
    return 'fixed' in size ? bytesText(size.fixed) : `random between ${bytesText(size.min)} and ${bytesText(size.max)} per write (reads use the maximum)`;
  }
  if (kind === 'int') {
    const parsed = stringToInt(value);
    return parsed.ok ? String(parsed.value) : undefined;
  }
  if (kind === 'time') {
    const parsed = stringToNsec(value);
    return parsed.ok ? timeText(parsed.nanoseconds) : undefined;
  }
  return undefined;
}

function optionEntry(info: OptionInfo): TableEntry {
  const notes = [{ label: 'Used by', text: info.usedBy.includes('*') ? 'every flowop type' : info.usedBy.join(', ') }];
  if (info.build) notes.push({ label: 'Build', text: `only in uperf built with ${info.build.toUpperCase()}` });
  if (info.since === 'master') notes.push({ label: 'Version', text: 'only in uperf built from master after 1.0.8' });
  if (info.maxLength !== undefined) notes.push({ label: 'Length', text: `at most ${info.maxLength} characters` });
  return { name: info.name, type: info.type === 'flag' ? 'flag' : info.type, summary: info.summary, notes };
}

function optionHover(profile: UperfProfile, flowop: UperfFlowop | undefined, option: UperfOption): Hover {
  if (option.dropped) return hover(profile, option.span, `**${option.text}** — dropped: uperf ignores option pieces that do not start with a letter.`);
  const info = optionInfo(option.key);
  if (!info) return hover(profile, option.span, `**${option.key}** — not an option uperf knows ("Option unrecognized").`);
  let text = entryMarkdown(optionEntry(info));
  const meaning = option.value !== undefined ? describeValue(info.type === 'size' ? 'size' : info.type === 'time' ? 'time' : info.type === 'int' || info.type === 'nonNegativeInt' ? 'int' : '', option.value) : undefined;
  if (meaning) text += `\n\n\`${option.text}\`: ${meaning}.`;
  if (flowop?.typeName && !optionUsedBy(info, flowop.typeName)) text += `\n\nA ${flowop.typeName} flowop ignores it.`;
  return hover(profile, option.span, text);
}

function attributeHover(profile: UperfProfile, attribute: UperfAttribute, offset: number): Hover | null {
  const info = attributeInfo(attribute.name);
  if (!info) return null;
  if (attribute.name === 'options' && inside(attribute.valueSpan, offset)) {
    const flowop = profile.flowops.find((f) => f.optionAttributes.includes(attribute));
    const option = (flowop?.options ?? []).find((o) => inside(o.span, offset));
    return option ? optionHover(profile, flowop, option) : null;
  }
  if (attribute.name === 'type' && inside(attribute.valueSpan, offset)) {
    const type = flowopInfo(attribute.value);
    const text = type
      ? `**${type.name}** flowop — ${type.summary}\n\n- On the slave: ${type.slave}\n- Needs: ${type.needs.length > 0 ? type.needs.map((n) => `\`${n}\``).join(', ') : 'nothing'}`
      : `**${attribute.value}** — not a flowop type uperf knows ("Unknown flowop").`;
    return hover(profile, attribute.valueSpan, text);
  }
  const meaning = describeValue(info.type, attribute.value);
  const lines = [`**${attribute.name}** — ${info.summary}`];
  if (meaning) lines.push('', `uperf reads \`${attribute.value}\`: ${meaning}.`);
  return hover(profile, attribute.span, lines.join('\n'));
}

function profileHover(profile: UperfProfile): string {
  const lines = [`**profile** — ${elementInfo('profile')!.summary}`];
  const shape = mainShape(profile);
  if (shape) {
    const workload = paperWorkloadOf(shape);
    const users = shape.users ?? 0;
    lines.push('', workload
      ? `**Paper workload:** ${workload.summary}; as ${paperTestName(shape, users)} it is one of the paper's 20 tests (5 workload types × 1, 10, 50, 250 users, ${PAPER_DURATION_SECONDS} s each).`
      : `**Workload:** ${paperTestName(shape, users)} in the paper's naming, not one of its five workload types.`);
  }
  const vars = requiredVariables(profile);
  if (vars.length > 0) lines.push('', `**Environment:** uperf needs ${vars.map((v) => `\`${v}\``).join(', ')} set (for example \`export ${vars[0]}=…\`).`);
  return lines.join('\n');
}

export function computeHover(_doc: TextDocument, parsed: UperfProfile, position: Position, _settings: Settings): Hover | null {
  const offset = parsed.offsetAt(position);
  const token = tokenAt(parsed, offset);
  if (!token) return null;
  const attribute = parsed.attributes.find((a) => a.token === token);
  if (attribute) return attributeHover(parsed, attribute, offset);
  if (token.type === 'profileStart') return hover(parsed, token, profileHover(parsed));
  const element = /^<\/?([a-z]+)/.exec(token.text)?.[1];
  const info = element ? elementInfo(element) : undefined;
  if (info && token.type !== 'error') return hover(parsed, token, `**${info.name}** — ${info.summary}`);
  if (token.type === 'error') return hover(parsed, token, `**${token.text}** — uperf does not know this token ("Unknown symbol").`);
  return null;
}
