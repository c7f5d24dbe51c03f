import type { UperfProblem, UperfProfile } from '../model';
import type { UperfToken } from '../tokenizer';
import { truncatedToken } from './uperf-missing-final-newline';
import type { Fix } from '../../../service/types';
import { finding, type UperfRule } from './helpers';

export const unknownSymbol: UperfRule = {
  id: 'uperf-unknown-symbol',
  defaultSeverity: 'error',
  summary: 'A token uperf does not know (unknown element or attribute, </flowop>, </group >, DOCTYPE, text, a comment glued to a tag): uperf stops with "Unknown symbol".',
  check: ({ parsed }) => {
    const truncated = truncatedToken(parsed);
    const unknown = parsed.problems.filter((p) => p.code === 'unknownSymbol' && p.token !== truncated);
    if (unknown.length === 0) return [];
    return runs(parsed, unknown).map(([first, last]) => {
      const fix = first === last ? fixFor(parsed, first) : undefined;
      return finding(parsed, unknownSymbol.id, { start: first.span.start, end: last.span.end }, explain(parsed, first), fix ? { fixes: [fix] } : {});
    });
  },
};

/**
 * Unknown tokens that follow each other (`<!DOCTYPE profile>`, the words of a glued comment) are one
 * mistake. A token with a certain repair (`</flowop>`) is a mistake of its own: joined to its
 * neighbour, its fix would leave the neighbour's half of the finding behind as a new one.
 */
function runs(profile: UperfProfile, problems: UperfProblem[]): [UperfProblem, UperfProblem][] {
  const index = tokenIndex(profile);
  const out: [UperfProblem, UperfProblem][] = [];
  let lastFixable = false;
  for (const problem of problems) {
    const last = out[out.length - 1];
    const fixable = fixFor(profile, problem) !== undefined;
    if (last && !fixable && !lastFixable && index.get(problem.token!) === index.get(last[1].token!)! + 1) last[1] = problem;
    else out.push([problem, problem]);
    lastFixable = fixable;
  }
  return out;
}

const tokenIndexes = new WeakMap<UperfProfile, Map<UperfToken, number>>();

/** Each token's place in the token list, built once per profile. */
function tokenIndex(profile: UperfProfile): Map<UperfToken, number> {
  let index = tokenIndexes.get(profile);
  if (!index) tokenIndexes.set(profile, (index = new Map(profile.tokens.map((token, i) => [token, i]))));
  return index;
}

function explain(profile: UperfProfile, problem: UperfProblem): string {
  const text = problem.token?.text ?? '';
  const base = `uperf stops with "Unknown symbol: ${text}"`;
  const next = profile.text.slice(problem.span.end).match(/^[ \t\r\n]*>/);
  const index = problem.token ? tokenIndex(profile).get(problem.token) ?? -1 : -1;
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

/** The certain repairs: `></flowop>` becomes `/>`, a lone `</flowop>` goes, `</group >` loses its space. */
function fixFor(profile: UperfProfile, problem: UperfProblem): Fix | undefined {
  const token = problem.token;
  if (!token) return undefined;
  const written = profile.text.slice(token.start, token.end);
  const edit = (start: number, end: number, newText: string, title: string): Fix => ({ title, edits: [{ range: profile.rangeOf({ start, end }), newText }], isPreferred: true });
  if (/^><\/flowop>$/i.test(written)) return edit(token.start, token.end, '/>', 'Make the flowop self-closing and remove </flowop>');
  if (/^<\/flowop>$/i.test(written)) {
    let start = token.start;
    while (start > 0 && (profile.text[start - 1] === ' ' || profile.text[start - 1] === '\t')) start--;
    return edit(start, token.end, '', 'Remove </flowop>');
  }
  const spaced = /^[ \t\r\n]+>/.exec(profile.text.slice(token.end));
  if ((token.text === '</group' || token.text === '</profile') && spaced) return edit(token.end, token.end + spaced[0].length - 1, '', 'Remove the space before ">"');
  return undefined;
}
