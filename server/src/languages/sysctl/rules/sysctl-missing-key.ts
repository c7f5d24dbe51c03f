import type { SysctlFile } from '../parser';
import { trimmedLineRange, type SysctlSyntaxRule } from './helpers';

export const missingKey: SysctlSyntaxRule = {
  id: 'sysctl-missing-key',
  defaultSeverity: 'error',
  summary: "An assignment with nothing before the '='.",
  check: ({ parsed }) =>
    parsed.lines
      .filter((l) => l.kind === 'invalid' && l.equalsCharacter !== undefined)
      .map((line) => ({
        ruleId: missingKey.id,
        range: trimmedLineRange(line),
        message: "There is no key before '='; sysctl cannot apply this line.",
      })),
};
