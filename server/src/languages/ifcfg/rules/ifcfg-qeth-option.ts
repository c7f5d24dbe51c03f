import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../../service/types';
import { lookupOption, suggestOptions, type QethOptionInfo } from '../keyTable';
import { isQethDevice, qethOptions, type IfcfgAssignment, type QethOption } from '../parser';
import { removeTokenEdit } from '../optionsEdit';
import { removeLineFix, shorten, type IfcfgRule } from './helpers';

/** Tokens the paper rules own, so one mistake gets one message. */
const PAPER_OWNED = new Set(['checksumming']);
const NM_VALUE_LIMIT = 200;

export const qethOption: IfcfgRule = {
  id: 'ifcfg-qeth-option',
  defaultSeverity: 'error',
  summary: 'Each OPTIONS token checked as a qeth attribute: keys NetworkManager rejects (the whole profile fails), removed or ignored attributes, and values outside their range.',
  check: ({ doc, parsed }) => {
    const portname = isQethDevice(parsed) ? portnameKey(parsed.effective.get('PORTNAME'), doc, parsed.assignments.filter((a) => a.property.name === 'PORTNAME').length) : [];
    const options = parsed.effective.get('OPTIONS');
    if (!options || options.property.badQuoting) return portname;
    const tokens = qethOptions(options.property);
    return [...portname, ...tokens.flatMap((option, index) => check(options, option, tokens, index))];
  },
};

/**
 * PORTNAME becomes the qeth portname option, which current kernels ignore. With several PORTNAME
 * lines, removing the last would only make the one before it count: ifcfg-duplicate-key removes
 * the ignored ones first, and then this line's fix is offered.
 */
function portnameKey(assignment: IfcfgAssignment | undefined, doc: TextDocument, lines: number): Finding[] {
  if (!assignment || assignment.property.value === '') return [];
  return [
    {
      ruleId: qethOption.id,
      severity: 'info',
      range: assignment.property.nameRange,
      message: "PORTNAME is passed to the qeth 'portname' option, which current kernels ignore (\"portname is deprecated and is ignored\"); the line can go.",
      fixes: lines > 1 ? [] : [removeLineFix(doc, assignment.line, 'Remove the PORTNAME line')],
    },
  ];
}

function make(option: QethOption, message: string, extra: Partial<Finding> = {}): Finding {
  return { ruleId: qethOption.id, range: option.range, message, ...extra };
}

function check(options: IfcfgAssignment, option: QethOption, tokens: readonly QethOption[], index: number): Finding[] {
  // Built only for a token that gets a finding: most tokens of a long OPTIONS are fine.
  const removeFix = () => ({ title: `Remove '${shorten(option.key)}' from OPTIONS`, edits: [removeTokenEdit(options.property, option, tokens, index)], isPreferred: false });
  if (!option.hasEquals) {
    return [make(option, `'${shorten(option.key)}' has no '=value': NetworkManager skips it and nothing is written to sysfs.`, { severity: 'warning', fixes: [removeFix()] })];
  }
  const info = lookupOption(option.key);
  if (!info) {
    const suggestions = suggestOptions(option.key);
    const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?` : '';
    return [
      make(option, `Unknown qeth option '${shorten(option.key)}': NetworkManager rejects the whole profile ("invalid key"), and legacy ccw_init's sysfs write fails.${hint}`, {
        range: option.keyRange,
        fixes: [...suggestions.map((s) => ({ title: `Change to '${s}'`, edits: [{ range: option.keyRange, newText: s }], isPreferred: false })), removeFix()],
      }),
    ];
  }
  if (PAPER_OWNED.has(info.name)) return [];
  if (!info.networkManager) {
    return [make(option, `'${info.name}' is a qeth attribute, but NetworkManager's ifcfg reader does not accept it in OPTIONS and rejects the whole profile. Set it with 'chzdev qeth <device> ${info.attribute}=${shorten(option.value)}' instead.`, { range: option.keyRange, fixes: [removeFix()] })];
  }
  if (option.value === '') return [make(option, `'${info.name}=' has no value; NetworkManager rejects the profile.`)];
  if (option.value.length > NM_VALUE_LIMIT) return [make(option, `NetworkManager accepts OPTIONS values of at most ${NM_VALUE_LIMIT} characters.`)];
  if (info.status === 'removed') {
    return [make(option, `The qeth attribute '${info.name}' was removed from the kernel in ${info.removedIn ?? 'an earlier release'}; the sysfs write fails.${info.notes ? ` ${info.notes}` : ''}`, { severity: 'warning', fixes: [removeFix()] })];
  }
  if (info.status === 'deprecated') {
    return [make(option, `'${info.name}' is ignored by current kernels ("portname is deprecated and is ignored"); the option can go.`, { severity: 'info', fixes: [removeFix()] })];
  }
  const problem = valueProblem(info, option.value);
  return problem ? [make(option, problem, { range: option.valueRange })] : [];
}

export function valueProblem(info: QethOptionInfo, value: string): string | undefined {
  if (info.enum && !info.enum.includes(value)) return `${info.name} takes ${info.enum.join(' | ')}; '${shorten(value)}' is not one of them.`;
  if (info.min !== undefined || info.max !== undefined) {
    if (!/^[0-9]+$/.test(value)) return `${info.name} takes an integer ${info.min}..${info.max}; '${shorten(value)}' is not a number.`;
    const n = Number(value);
    if ((info.min !== undefined && n < info.min) || (info.max !== undefined && n > info.max)) {
      const clamp = info.name === 'buffer_count' ? ' The kernel silently clamps it and zdev/chzdev rejects it.' : '';
      return `${info.name}=${value} is outside ${info.min}..${info.max}.${clamp}`;
    }
  }
  if (info.maxLength !== undefined && value.length > info.maxLength) return `${info.name} takes at most ${info.maxLength} characters.`;
  return undefined;
}
