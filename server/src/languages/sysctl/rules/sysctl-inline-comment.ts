import { eolOf } from '../../../formats/lines';
import type { Finding } from '../../../service/types';
import { isBlank, trimBlank, trimBlankEnd, type SysctlAssignment, type SysctlFile } from '../parser';
import { findInlineComment, parseIntegers, quotedPart, type InlineComment } from '../values';
import { shorten } from '../../../formats/messages';
import { judgeWrite } from '../kernelJudge';
import { kernelKeyOfSetting } from '../validateValues';
import type { SysctlSyntaxRule } from './helpers';

export const inlineComment: SysctlSyntaxRule = {
  id: 'sysctl-inline-comment',
  defaultSeverity: 'warning',
  summary: "A '#' after a value: sysctl files have no inline comments, the text is sent to the kernel.",
  check: ({ doc, parsed }) => {
    const findings: Finding[] = [];
    const { assignments } = parsed;
    for (let i = 0; i < assignments.length; i += 1) {
      const comment = findInlineComment(assignments[i].value);
      if (comment) findings.push(finding(assignments[i], comment, eolOf(doc)));
    }
    return findings;
  },
};

/**
 * Whether the kernel accepts the value comment and all: after the last number it needs it stops
 * reading, so `1 # note` works, while `fq # note`, `1#note` and `4096 87380 # note` on a
 * three-number key do not. Behind a quoted part the value is judged as it will be once
 * sysctl-quoted-value's fix removed the quotes.
 */
function kernelIgnoresComment(assignment: SysctlAssignment, comment: InlineComment): boolean {
  const quoted = quotedPart(assignment.value);
  const value = quoted ? `${quoted.inner}${assignment.value.slice(quoted.text.length)}` : assignment.value;
  const judged = kernelKeyOfSetting({ key: assignment.key.name, components: assignment.key.components, value, keyRange: assignment.key.range, valueRange: assignment.valueRange, line: assignment.line });
  // A text key kvmtune knows no reader for takes the comment as part of its name or list and fails.
  if (judged && judged.kernel.handler !== 'text') return judgeWrite(judged.kernel, value, assignment.key.name).accepted;
  const before = quoted?.inner ?? comment.before;
  return isBlank(assignment.value[comment.offset - 1]) && parseIntegers(before) !== undefined;
}

function finding(assignment: SysctlAssignment, comment: InlineComment, eol: string): Finding {
  const { line, character } = assignment.valueRange.start;
  const commentStart = character + comment.offset;
  const keptEnd = character + trimBlankEnd(assignment.value.slice(0, comment.offset)).length;
  const indent = /^[ \t]*/.exec(assignment.text)?.[0] ?? '';
  const harmless = kernelIgnoresComment(assignment, comment);
  return {
    ruleId: inlineComment.id,
    severity: harmless ? 'warning' : 'error',
    range: { start: { line, character: commentStart }, end: assignment.valueRange.end },
    message: harmless
      ? `Inline comments are not supported: '${shorten(comment.comment)}' is sent to the kernel with the value. The kernel happens to ignore it after a number, but another loader or a later edit may not.`
      : `Inline comments are not supported: the kernel receives '${shorten(assignment.value)}' and rejects it, so ${assignment.key.name} is not set.`,
    fixes: [
      {
        title: 'Move the comment to its own line above',
        isPreferred: true,
        edits: [
          { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${trimBlank(comment.comment)}${eol}` },
          { range: { start: { line, character: keptEnd }, end: assignment.valueRange.end }, newText: '' },
        ],
      },
    ],
  };
}
