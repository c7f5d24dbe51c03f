/** The paper-style grouped bar chart (chart.js, bundled). Canvas drawing only: labels never become markup. */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Title, Tooltip, type Plugin } from 'chart.js';
import type { ChartData } from './viewModel';
import { withAlpha, type ThemeColors } from './theme';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, Tooltip, Legend);

/** Fills the canvas so an exported PNG has the theme background instead of transparency. */
function backgroundPlugin(color: string): Plugin<'bar'> {
  return {
    id: 'kvmtuneBackground',
    beforeDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.globalCompositeOperation = 'destination-over';
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    },
  };
}

/** Whiskers of ± combined stddev % around each bar's top. */
function errorBarPlugin(data: ChartData, color: string): Plugin<'bar'> {
  return {
    id: 'kvmtuneErrorBars',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      const y = chart.scales.y;
      ctx.save();
      ctx.beginPath();
      ctx.rect(chartArea.left, chartArea.top, chartArea.right - chartArea.left, chartArea.bottom - chartArea.top);
      ctx.clip();
      ctx.strokeStyle = color;
      ctx.lineWidth = 1;
      data.series.forEach((series, datasetIndex) => {
        const meta = chart.getDatasetMeta(datasetIndex);
        if (meta.hidden) return;
        series.errors.forEach((error, i) => {
          const value = series.data[i];
          const bar = meta.data[i];
          if (error === null || value === null || !bar) return;
          const top = y.getPixelForValue(value + error);
          const bottom = y.getPixelForValue(value - error);
          const half = 3;
          ctx.beginPath();
          ctx.moveTo(bar.x, top);
          ctx.lineTo(bar.x, bottom);
          ctx.moveTo(bar.x - half, top);
          ctx.lineTo(bar.x + half, top);
          ctx.moveTo(bar.x - half, bottom);
          ctx.lineTo(bar.x + half, bottom);
          ctx.stroke();
        });
      });
      ctx.restore();
    },
  };
}

/** `title` (run labels, untrusted) is drawn on the canvas, so it also names the runs in an exported PNG. */
export function drawChart(canvas: HTMLCanvasElement, data: ChartData, colors: ThemeColors, title: string): Chart<'bar'> {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: data.series.map((series) => ({
        label: series.label,
        data: series.data,
        backgroundColor: series.uncertain.map((faint) => withAlpha(colors.metrics[series.metric], faint ? 0.25 : 0.85)),
        borderColor: colors.metrics[series.metric],
        borderWidth: 1,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      color: colors.foreground,
      scales: {
        x: { ticks: { color: colors.foreground, autoSkip: false, maxRotation: 60, minRotation: 45 }, grid: { color: colors.grid } },
        y: {
          title: { display: true, text: data.yAxisTitle, color: colors.foreground },
          ticks: { color: colors.foreground, callback: (value) => `${value} %` },
          grid: { color: colors.grid },
        },
      },
      plugins: {
        title: { display: title !== '', text: title, color: colors.foreground },
        legend: { labels: { color: colors.foreground } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const series = data.series[item.datasetIndex];
              const value = series?.data[item.dataIndex];
              if (!series || value === null || value === undefined) return `${item.dataset.label ?? ''}: n/a`;
              const note = series.uncertain[item.dataIndex] ? ' (noisy or not significant)' : '';
              return `${series.label}: ${value > 0 ? '+' : ''}${value.toFixed(1)} %${note}`;
            },
          },
        },
      },
    },
    plugins: [backgroundPlugin(colors.background), errorBarPlugin(data, colors.foreground)],
  });
}
