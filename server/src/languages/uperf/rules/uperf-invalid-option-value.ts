import { optionRule } from './helpers';

export const invalidOptionValue = optionRule(
  'uperf-invalid-option-value',
  'error',
  'An option value uperf rejects or misreads: size=0, rand( , ) with a space, protocols not built, conn=0, count=1k (atoi), over-long hosts and paths, upper case in dir=.',
);
