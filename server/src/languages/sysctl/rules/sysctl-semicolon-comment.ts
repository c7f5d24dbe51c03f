import { replaceFix } from '../../../formats/fixes';
import type { SysctlFile } from '../parser';
import type { SysctlSyntaxRule } from './helpers';

export const semicolonComment: SysctlSyntaxRule = {
  id: 'sysctl-semicolon-comment',
  defaultSeverity: 'hint',
  summary: "A ';' comment: procps accepts it, but recent systemd-sysctl only skips '#' lines.",
  check: ({ parsed }) =>
    parsed.lines
      .filter((line) => line.kind === 'comment' && line.commentChar === ';')
      .map((line) => {
        const character = line.text.indexOf(';');
        const range = { start: { line: line.line, character }, end: { line: line.line, character: character + 1 } };
        return {
          ruleId: semicolonComment.id,
          range,
          message: "';' comments work with procps, but recent systemd-sysctl only treats '#' as a comment; use '#'.",
          fixes: [replaceFix("Use '#'", range, '#', true)],
        };
      }),
};
