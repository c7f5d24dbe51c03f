import { optionRule } from './helpers';

export const droppedOption = optionRule(
  'uperf-dropped-option',
  'warning',
  'An option piece that does not start with a letter ($opts, 64k, {{var}}): uperf drops it silently.',
);
