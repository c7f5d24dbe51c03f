import type { Finding } from '../../../service/types';
import type { UperfAttribute } from '../model';
import { stringToInt } from '../numbers';
import { finding, type UperfRule } from './helpers';

const INTEGER_ATTRIBUTES = new Set(['nthreads', 'nprocs', 'iterations', 'rate']);

export const invalidNumber: UperfRule = {
  id: 'uperf-invalid-number',
  defaultSeverity: 'error',
  summary: 'nthreads, nprocs, iterations or rate that uperf cannot read as a number ("Cannot parse"): single quotes, `1>` without a space, signs, hex, values of 2^31 and more.',
  check: ({ parsed }) => {
    const found: Finding[] = [];
    for (let i = 0; i < parsed.attributes.length; i += 1) {
      const attribute = parsed.attributes[i];
      if (!INTEGER_ATTRIBUTES.has(attribute.name) || attribute.envVar !== undefined) continue;
      const result = stringToInt(attribute.value);
      if (!result.ok) found.push(finding(parsed, invalidNumber.id, attribute.valueSpan, `uperf cannot read ${attribute.name}="${attribute.value}" ("Cannot parse ${attribute.value}"): ${result.reason}.${hint(attribute)}`));
    }
    return found;
  },
};

function hint(attribute: UperfAttribute): string {
  const { value } = attribute;
  if (value.startsWith("'")) return ' uperf only knows double quotes: single quotes stay in the value.';
  if (value.endsWith('>') || value.endsWith('/>')) return ' An unquoted value runs up to the next space, so the ">" became part of it: quote the value or add a space before ">".';
  return '';
}
