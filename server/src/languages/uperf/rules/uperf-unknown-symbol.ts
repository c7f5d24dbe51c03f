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
    return runs(parsed, unknown).map(({ first, last, fix }) => {
      return finding(parsed, unknownSymbol.id, { start: first.span.start, end: last.span.end }, explain(parsed, first), fix && first === last ? { fixes: [fix] } : {});
    });
  },
};

interface Run {
  first: UperfProblem;
  last: UperfProblem;
  /** The first problem's certain repair, if it has one. */
  fix: Fix | undefined;
}

/**
 * Unknown tokens that follow each other (`<!DOCTYPE profile>`, the words of a glued comment) are one
 * mistake. A token with a certain repair (`</flowop>`) is a mistake of its own: joined to its
 * neighbour, its fix would leave the neighbour's half of the finding behind as a new one.
 */
function runs(profile: UperfProfile, problems: UperfProblem[]): Run[] {
  const out: Run[] = [];
  let lastFixable = false;
  let lastIndex = -2;
  for (const problem of problems) {
    const last = out[out.length - 1];
    const fix = fixFor(profile, problem);
    const index = tokenIndex(profile, problem.token!);
    if (last && !fix && !lastFixable && index === lastIndex + 1) last.last = problem;
    else out.push({ first: problem, last: problem, fix });
    lastFixable = fix !== undefined;
    lastIndex = index;
  }
  return out;
}

/** A token's place in the token list: tokens are in document order, so found by their start. */
function tokenIndex(profile: UperfProfile, token: UperfToken): number {
  const { tokens } = profile;
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].start < token.start) low = mid + 1;
    else if (tokens[mid].start > token.start) high = mid - 1;
    else return tokens[mid] === token ? mid : -1;
  }
  return -1;
}

function explain(profile: UperfProfile, problem: UperfProblem): string {
  const text = problem.token?.text ?? '';
  const base = `uperf stops with "Unknown symbol: ${text}"`;
  if (/^(>|\/>)?<\/flowop/.test(text)) return `${base}: uperf has no </flowop>. Write the flowop as <flowop … /> and delete the close tag.`;
  if ((text === '</group' || text === '</profile') && /^[ \t\r\n]*>/.test(profile.text.slice(problem.span.end))) return `${base}: uperf needs ${text}> with no space before the ">".`;
  if (text.startsWith('<!doctype') || text.startsWith('<!')) return `${base}: uperf does not read DOCTYPE or other <! declarations; delete it.`;
  if (text.startsWith('\ufeff')) return `${base}: the file starts with a byte-order mark, which uperf reads as part of the first token. Save the file without BOM.`;
  if (/<!--/.test(text) || text.startsWith('-->') || gluedAfterComment(profile, problem.token)) return `${base}: uperf only skips a comment that starts a token; put whitespace before <!-- (and keep the comment away from the tag).`;
  if (/^<\/?[a-z]/.test(text)) return `${base}: uperf knows only <profile>, <group>, <transaction> and <flowop> (matched by prefix).`;
  if (/^[a-z_]+=/.test(text) || /^[a-z_]+$/.test(text)) {
    return `${base}: uperf knows only the attributes name, nthreads, nprocs, iterations, duration, rate, type and options.`;
  }
  return `${base}: text between tags is not allowed in a uperf profile (only comments starting a token are skipped).`;
}

/** Whether the token before this one has a comment glued into it (`a<!--`), which swallowed this token. */
function gluedAfterComment(profile: UperfProfile, token: UperfToken | undefined): boolean {
  const index = token ? tokenIndex(profile, token) : -1;
  const previous = index > 0 ? profile.tokens[index - 1].text : '';
  return previous.includes('<!--') && !previous.startsWith('<!--');
}

/** The certain repairs: `></flowop>` becomes `/>`, a lone `</flowop>` goes, `</group >` loses its space. */
function fixFor(profile: UperfProfile, problem: UperfProblem): Fix | undefined {
  const token = problem.token;
  if (!token) return undefined;
  // The token's text is what was written, lower-cased and without quotes: only these texts can match.
  if (token.text === '></flowop>' || token.text === '</flowop>') {
    const written = profile.text.slice(token.start, token.end);
    if (/^><\/flowop>$/i.test(written)) return edit(profile, token.start, token.end, '/>', 'Make the flowop self-closing and remove </flowop>');
    if (/^<\/flowop>$/i.test(written)) {
      let start = token.start;
      while (start > 0 && (profile.text[start - 1] === ' ' || profile.text[start - 1] === '\t')) start--;
      return edit(profile, start, token.end, '', 'Remove </flowop>');
    }
    return undefined;
  }
  if (token.text !== '</group' && token.text !== '</profile') return undefined;
  const spaced = /^[ \t\r\n]+>/.exec(profile.text.slice(token.end));
  return spaced ? edit(profile, token.end, token.end + spaced[0].length - 1, '', 'Remove the space before ">"') : undefined;
}

function edit(profile: UperfProfile, start: number, end: number, newText: string, title: string): Fix {
  return { title, edits: [{ range: profile.rangeOf({ start, end }), newText }], isPreferred: true };
}
