import { MAX_TOKEN_LENGTH } from '../tokenizer';
import { finding, type UperfRule } from './helpers';

export const tokenTooLong: UperfRule = {
  id: 'uperf-token-too-long',
  defaultSeverity: 'error',
  summary: `A token (for example a whole options="…" string) longer than ${MAX_TOKEN_LENGTH} characters: uperf stops reading ("token too long").`,
  check: ({ parsed }) => parsed.stops.flatMap((stop) => stop.kind === 'tooLong'
    ? [finding(parsed, tokenTooLong.id, stop, `uperf reads at most ${MAX_TOKEN_LENGTH} characters per token (a quoted value counts as one token): "Error: token too long." and the rest of the file is ignored. Split the options over several flowops or shorten them.`)]
    : []),
};
