import type { Span, UperfProfile } from './model';

/*
 * uperf substitutes an environment variable only when a value starts with `$`; the whole rest of
 * the value is the variable name, already lower-cased by the tokenizer. There is no `${…}`.
 */

export interface EnvUse {
  /** The name uperf looks up (lower-cased, braces kept). */
  name: string;
  /** As written in the file. */
  written: string;
  span: Span;
  /** Where the `$` is: at the start of the value (substituted) or later (kept literally). */
  leading: boolean;
}

function usesIn(profile: UperfProfile, value: string, span: Span): EnvUse[] {
  const dollar = value.indexOf('$');
  if (dollar < 0 || span.end - span.start !== value.length) return [];
  const written = profile.text.slice(span.start, span.end);
  if (dollar === 0) return [{ name: value.slice(1), written: written.slice(1), span, leading: true }];
  return [{ name: value.slice(dollar + 1), written: written.slice(dollar + 1), span: { start: span.start + dollar, end: span.end }, leading: false }];
}

export function envUses(profile: UperfProfile): EnvUse[] {
  const out: EnvUse[] = [];
  for (const attribute of profile.attributes) if (attribute.name !== 'options') out.push(...usesIn(profile, attribute.value, attribute.valueSpan));
  for (const flowop of profile.flowops) {
    for (const option of flowop.options) {
      if (!option.dropped && option.value !== undefined) out.push(...usesIn(profile, option.value, option.valueSpan));
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The variables uperf needs set, in first-use order. */
export function requiredVariables(profile: UperfProfile): string[] {
  return [...new Set(envUses(profile).filter((u) => u.leading).map((u) => u.name))];
}
