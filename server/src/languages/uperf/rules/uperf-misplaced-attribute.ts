import { finding, type UperfRule } from './helpers';

export const misplacedAttribute: UperfRule = {
  id: 'uperf-misplaced-attribute',
  defaultSeverity: 'warning',
  summary: 'An attribute written on the wrong element: uperf applies it to the current group, transaction or flowop anyway (name= on a transaction renames the group).',
  check: ({ parsed }) => parsed.problems.filter((p) => p.code === 'misplacedAttribute').map((p) => finding(parsed, misplacedAttribute.id, p.span, p.message)),
};
