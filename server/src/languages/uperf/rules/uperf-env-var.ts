import type { Finding } from '../../../service/types';
import { envUses, type EnvUse } from '../envVars';
import { finding, type UperfRule } from './helpers';

export const envVar: UperfRule = {
  id: 'uperf-env-var',
  defaultSeverity: 'warning',
  summary: 'A $VARIABLE uperf will not find: ${…} (error: uperf looks up "{name}"), upper-case names (uperf lower-cases them), or a $ after the start of the value (kept literally).',
  check: ({ parsed }) => envUses(parsed).flatMap((use): Finding[] => {
    const message = problem(use);
    if (!message) return [];
    return [finding(parsed, envVar.id, use.span, message.text, message.severity ? { severity: message.severity } : {})];
  }),
};

function problem(use: EnvUse): { text: string; severity?: 'error' } | undefined {
  if (!use.leading) return { text: `uperf substitutes a variable only at the start of a value: "$${use.written}" here stays literal text.` };
  if (use.name.startsWith('{')) {
    return { text: `uperf has no \${…}: it looks up a variable named "${use.name}", which cannot be set, so the run fails. Write $${use.name.replace(/[{}]/g, '')}.`, severity: 'error' };
  }
  if (use.written !== use.name) {
    return { text: `uperf lower-cases the whole profile, so it looks up $${use.name}, not $${use.written}. Export ${use.name} (or generate the file with envsubst first).` };
  }
  return undefined;
}
