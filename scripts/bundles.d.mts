import type { BuildOptions } from 'esbuild';

export function bundleConfigs(options?: { production?: boolean; outdir?: string }): BuildOptions[];
