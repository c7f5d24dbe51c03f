import { eolOf } from '../../../formats/lines';
import type { Finding } from '../../../service/types';
import { isBlank, trimBlank, trimBlankEnd, type SysctlAssignment, type SysctlFile } from '../parser';
import { findInlineComment, parseIntegers, quotedPart, type InlineComment } from '../values';
import { shorten } from '../../../formats/messages';
import type { SysctlSyntaxRule } from './helpers';

export const inlineComment: SysctlSyntaxRule = {
  id: 'sysctl-inline-comment',
  defaultSeverity: 'warning',
  summary: "A '#' after a value: sysctl files have no inline comments, the text is sent to the kernel.",
  check: ({ doc, parsed }) =>
    parsed.assignments.flatMap((assignment) => {
      const comment = findInlineComment(assignment.value);
      return comment ? [finding(assignment, comment, eolOf(doc))] : [];
    }),
};

/** After a number the kernel stops at whitespace, so `1 # note` works; `fq # note` or `1#note` do not. */
function kernelIgnoresComment(assignment: SysctlAssignment, comment: InlineComment): boolean {
  const separated = isBlank(assignment.value[comment.offset - 1]);
  // Behind a quoted part, judge the value as it will be once sysctl-quoted-value's fix removed the quotes.
  const before = quotedPart(comment.before)?.inner ?? comment.before;
  return separated && parseIntegers(before) !== undefined;
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
