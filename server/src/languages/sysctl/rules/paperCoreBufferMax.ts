import { formatBytes } from '../values';
import { paperRule } from './paperRule';

const PAPER_MAX = 4136960;

export const paperCoreBufferMax = paperRule({
  id: 'sysctl-core-buffer-max',
  summary: 'net.core.rmem_max / wmem_max below the paper\'s 4136960 bytes.',
  keys: ['net.core.rmem_max', 'net.core.wmem_max'],
  judge: ({ numbers, known }) =>
    numbers && numbers[0] < PAPER_MAX
      ? {
          message: `${known.assignment.key.name} ${numbers[0]} (${formatBytes(numbers[0])}) caps the buffers applications may request below the paper's ${PAPER_MAX} (${formatBytes(PAPER_MAX)}); the paper advises as large as the kernel allows, 16 MiB or more on 4.x and later.`,
        }
      : undefined,
});
