/** Chart colours from the VS Code theme's CSS variables, with fallbacks for older hosts. */
import type { MetricId } from '../../../../engine/results/model';

export interface ThemeColors {
  foreground: string;
  grid: string;
  background: string;
  metrics: Record<MetricId, string>;
}

const METRIC_VARIABLES: Record<MetricId, [string, string]> = {
  throughput: ['--vscode-charts-blue', '#3794ff'],
  latency: ['--vscode-charts-orange', '#d18616'],
  cpuClient: ['--vscode-charts-green', '#89d185'],
  cpuServer: ['--vscode-charts-purple', '#b180d7'],
};

export function readThemeColors(read: (variable: string) => string): ThemeColors {
  const get = (variable: string, fallback: string) => read(variable).trim() || fallback;
  const metrics = Object.fromEntries(
    Object.entries(METRIC_VARIABLES).map(([id, [variable, fallback]]) => [id, get(variable, fallback)]),
  ) as Record<MetricId, string>;
  return {
    foreground: get('--vscode-foreground', '#cccccc'),
    grid: get('--vscode-panel-border', 'rgba(128,128,128,0.35)'),
    background: get('--vscode-editor-background', '#1e1e1e'),
    metrics,
  };
}

/** Same colour at a lower opacity, for noisy / not-significant bars. Handles #rgb, #rrggbb and rgb(a). */
export function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})([0-9a-f]{2})?$/i.exec(color.trim());
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join('') : hex[1];
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
    return `rgba(${r}, ${g}, ${b}, ${alpha})`;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(color.trim());
  if (rgb) return `rgba(${rgb[1]}, ${rgb[2]}, ${rgb[3]}, ${alpha})`;
  return color;
}
