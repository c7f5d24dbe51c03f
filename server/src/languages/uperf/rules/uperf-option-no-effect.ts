import { optionRule } from './helpers';

export const optionNoEffect = optionRule(
  'uperf-option-no-effect',
  'info',
  'An option the flowop type ignores (size on connect, tcp_nodelay on think): uperf accepts it silently.',
);
