import { replaceFix } from '../../../formats/fixes';
import { shorten } from '../../../formats/messages';
import type { SysctlFile } from '../parser';
import type { SysctlSyntaxRule } from './helpers';

export const repeatedSeparator: SysctlSyntaxRule = {
  id: 'sysctl-repeated-separator',
  defaultSeverity: 'warning',
  summary: "A key with '..' or '//': procps warns that separators should not be repeated.",
  check: ({ parsed }) =>
    parsed.lines
      .filter((line) => line.key?.hasRepeatedSeparator)
      .flatMap((line) => {
        const key = line.key;
        if (!key || !key.hasRepeatedSeparator || (line.kind !== 'assignment' && line.kind !== 'exclude')) return [];
        const fixed = key.raw.replace(/([./])[./]+/g, '$1');
        return [
          {
            ruleId: repeatedSeparator.id,
            range: key.range,
            message: `'${shorten(key.raw)}' repeats a separator; procps warns "separators should not be repeated". Write '${shorten(fixed)}'.`,
            fixes: [replaceFix(`Change to '${fixed}'`, key.range, fixed, true)],
          },
        ];
      }),
};
