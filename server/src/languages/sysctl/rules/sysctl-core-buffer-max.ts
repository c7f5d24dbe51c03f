import { formatBytes } from '../values';
import { belowPaperRule } from './paperRule';

export const coreBufferMax = belowPaperRule({
  id: 'sysctl-core-buffer-max',
  summary: "net.core.rmem_max / wmem_max below the paper's 4136960 bytes.",
  message: (value, paper, { setting }) =>
    `${setting.key} ${value} (${formatBytes(value)}) caps the buffers applications may request below the paper's ${paper} (${formatBytes(paper)}); the paper advises as large as the kernel allows, 16 MiB or more on 4.x and later.`,
});
