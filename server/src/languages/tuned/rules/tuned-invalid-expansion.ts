import type { Finding, Rule, Settings } from '../../../service/types';
import { valueSpanRange, type IniOption } from '../../../formats/ini';
import { didYouMean } from '../didYouMean';
import { scanReferences, type Reference } from '../expansion';
import { profileFor, type TunedProfile } from '../parser';
import { FUNCTIONS, findFunction } from '../table';
import { shorten } from '../../../formats/messages';
import { targetHas, tunedVersionOf } from '../version';

export const invalidExpansion: Rule<TunedProfile> = {
  id: 'tuned-invalid-expansion',
  defaultSeverity: 'error',
  summary: 'A ${f:function} tuned does not have or calls with the wrong number of arguments, an unbalanced ${ or }, or a variable name tuned refuses: tuned logs an error and leaves the text unexpanded.',
  check: ({ parsed, settings }) => {
    const profile = profileFor(parsed, settings);
    return [
      ...expansionFindings(profile.ini.options, settings),
      ...[...profile.variables].filter(([name]) => !/^\w+$/.test(name)).map(([name, option]): Finding => ({
        ruleId: invalidExpansion.id,
        range: option.nameRange,
        message: `Variable names may only contain letters, digits and '_': tuned logs "variable definition '${shorten(name)}' contains unallowed characters" and the variable does not exist.`,
      })),
    ];
  },
};

function expansionFindings(options: readonly IniOption[], settings: Settings): Finding[] {
  const out: Finding[] = [];
  for (const option of options) {
    // Nothing opens and nothing closes in most values.
    if (!option.value.includes('}') && !option.value.includes('${')) continue;
    for (const f of optionFindings(option, settings)) out.push(f);
  }
  return out;
}

function optionFindings(option: IniOption, settings: Settings): Finding[] {
  const scan = scanReferences(option.value);
  const findings: Finding[] = scan.unbalanced.map((u) => ({
    ruleId: invalidExpansion.id,
    range: valueSpanRange(option, u.offset, u.offset + u.char.length),
    message: u.char === '}'
      ? "A '}' with no '${' before it: tuned logs \"invalid variable syntax, non pair '}'\" and stops expanding this value."
      : "'${' is never closed: tuned logs \"invalid variable syntax, non pair '{'\" and leaves the value unexpanded.",
  }));
  for (const ref of scan.references) if (ref.kind === 'function') findings.push(...functionFindings(option, ref, settings));
  return findings;
}

function functionFindings(option: IniOption, ref: Reference, settings: Settings): Finding[] {
  const nameRange = valueSpanRange(option, ref.nameStart, ref.nameStart + ref.name.length);
  const fn = findFunction(ref.name);
  if (!fn) {
    const suggestions = didYouMean(ref.name, FUNCTIONS.map((f) => f.name));
    return [{
      ruleId: invalidExpansion.id,
      range: nameRange,
      message: `tuned has no function '${shorten(ref.name)}': it logs "function '${shorten(ref.name)}' not implemented" and leaves the text as it is.${suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?` : ''}`,
      fixes: suggestions.map((s) => ({ title: `Change to '${s}'`, edits: [{ range: nameRange, newText: s }], isPreferred: false })),
    }];
  }
  if (!targetHas(settings, fn.since)) {
    return [{ ruleId: invalidExpansion.id, range: nameRange, message: `${fn.name} came with tuned ${fn.since}; tuned ${tunedVersionOf(settings)} logs "function '${fn.name}' not implemented".` }];
  }
  const count = ref.args.length;
  if (count < fn.min || (fn.max > 0 && count > fn.max)) {
    const wanted = fn.max === 0 ? `at least ${fn.min}` : fn.min === fn.max ? `${fn.min}` : `${fn.min} to ${fn.max}`;
    return [{
      ruleId: invalidExpansion.id,
      range: valueSpanRange(option, ref.start, ref.end),
      message: `${fn.name} takes ${wanted} argument${wanted === '1' ? '' : 's'} (separated by ':'), not ${count}: tuned logs "invalid number of arguments" and leaves the text unexpanded.`,
    }];
  }
  return [];
}
