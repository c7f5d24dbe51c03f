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

/** Adds the variable `value` uses, if any, to `out`; values without a `$` (nearly all) cost nothing, not even their span. */
function addUse(out: EnvUse[], profile: UperfProfile, value: string, spanOf: { readonly valueSpan: Span }): void {
  const dollar = value.indexOf('$');
  if (dollar < 0) return;
  const span = spanOf.valueSpan;
  if (span.end - span.start !== value.length) return;
  const written = profile.text.slice(span.start, span.end);
  if (dollar === 0) out.push({ name: value.slice(1), written: written.slice(1), span, leading: true });
  else out.push({ name: value.slice(dollar + 1), written: written.slice(dollar + 1), span: { start: span.start + dollar, end: span.end }, leading: false });
}

export function envUses(profile: UperfProfile): EnvUse[] {
  const out: EnvUse[] = [];
  for (const attribute of profile.attributes) if (attribute.name !== 'options') addUse(out, profile, attribute.value, attribute);
  for (const flowop of profile.flowops) {
    for (const option of flowop.options) {
      if (!option.dropped && option.value !== undefined) addUse(out, profile, option.value, option);
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The variables uperf needs set, in first-use order. */
export function requiredVariables(profile: UperfProfile): string[] {
  return [...new Set(envUses(profile).filter((u) => u.leading).map((u) => u.name))];
}
