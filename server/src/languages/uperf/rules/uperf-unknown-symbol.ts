import type { UperfProblem, UperfProfile } from '../model';
import { truncatedToken } from './uperf-missing-final-newline';
import { finding, type UperfRule } from './helpers';

export const unknownSymbol: UperfRule = {
  id: 'uperf-unknown-symbol',
  defaultSeverity: 'error',
  summary: 'A token uperf does not know (unknown element or attribute, </flowop>, </group >, DOCTYPE, text, a comment glued to a tag): uperf stops with "Unknown symbol".',
  check: ({ parsed }) => {
    const truncated = truncatedToken(parsed);
    const unknown = parsed.problems.filter((p) => p.code === 'unknownSymbol' && p.token !== truncated);
    return runs(parsed, unknown).map(([first, last]) => finding(parsed, unknownSymbol.id, { start: first.span.start, end: last.span.end }, explain(parsed, first)));
  },
};

/** Unknown tokens that follow each other (`<!DOCTYPE profile>`, the words of a glued comment) are one mistake. */
function runs(profile: UperfProfile, problems: UperfProblem[]): [UperfProblem, UperfProblem][] {
  const index = new Map(profile.tokens.map((token, i) => [token, i]));
  const out: [UperfProblem, UperfProblem][] = [];
  for (const problem of problems) {
    const last = out[out.length - 1];
    if (last && index.get(problem.token!) === index.get(last[1].token!)! + 1) last[1] = problem;
    else out.push([problem, problem]);
  }
  return out;
}

function explain(profile: UperfProfile, problem: UperfProblem): string {
  const text = problem.token?.text ?? '';
  const base = `uperf stops with "Unknown symbol: ${text}"`;
  const next = profile.text.slice(problem.span.end).match(/^[ \t\r\n]*>/);
  const index = problem.token ? profile.tokens.indexOf(problem.token) : -1;
  const previous = index > 0 ? profile.tokens[index - 1].text : '';
  if (/^(>|\/>)?<\/flowop/.test(text)) return `${base}: uperf has no </flowop>. Write the flowop as <flowop … /> and delete the close tag.`;
  if ((text === '</group' || text === '</profile') && next) return `${base}: uperf needs ${text}> with no space before the ">".`;
  if (text.startsWith('<!doctype') || text.startsWith('<!')) return `${base}: uperf does not read DOCTYPE or other <! declarations; delete it.`;
  if (text.startsWith('\ufeff')) return `${base}: the file starts with a byte-order mark, which uperf reads as part of the first token. Save the file without BOM.`;
  if (/<!--/.test(text) || text.startsWith('-->') || (previous.includes('<!--') && !previous.startsWith('<!--'))) return `${base}: uperf only skips a comment that starts a token; put whitespace before <!-- (and keep the comment away from the tag).`;
  if (/^<\/?[a-z]/.test(text)) return `${base}: uperf knows only <profile>, <group>, <transaction> and <flowop> (matched by prefix).`;
  if (/^[a-z_]+=/.test(text) || /^[a-z_]+$/.test(text)) {
    return `${base}: uperf knows only the attributes name, nthreads, nprocs, iterations, duration, rate, type and options.`;
  }
  return `${base}: text between tags is not allowed in a uperf profile (only comments starting a token are skipped).`;
}
