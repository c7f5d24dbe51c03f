import { optionRule } from './helpers';

export const unknownOption = optionRule(
  'uperf-unknown-option',
  'error',
  'An option uperf does not know (poll_timeout, rate, sctp_*/engine without that build, a flag it lacks): "Option unrecognized" / "not of type key=value".',
);
