import { paperRule } from './paperRule';

export const randomizeVaSpace = paperRule({
  id: 'sysctl-randomize-va-space',
  summary: 'kernel.randomize_va_space = 0 (the paper\'s lab setting) when kvmtune.environment is production.',
  judge: ({ numbers, settings }) =>
    settings.environment === 'production' && numbers && numbers[0] === 0
      ? {
          message: 'randomize_va_space 0 switches off address space layout randomisation. The paper did this only to make lab measurements repeatable; on a production system it is a security regression (use 2).',
          fix: { title: 'Use 2 (full randomisation)', value: '2' },
        }
      : undefined,
});
