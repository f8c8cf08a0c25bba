import type { ChartType, Plugin } from 'chart.js';

/**
 * Marks a chart's canvas once it has drawn: `data-painted` on the canvas and, for the first chart
 * of a page load, the `accord:first-chart` performance mark that the browser test reads.
 * @example new Chart(canvas, { ..., plugins: [painted()] });
 */
export function painted<T extends ChartType>(): Plugin<T> {
  return {
    id: 'accordPainted',
    afterRender(chart) {
      const canvas = chart.canvas;
      if (canvas.dataset.painted) return;
      canvas.dataset.painted = String(Math.round(performance.now()));
      if (performance.getEntriesByName('accord:first-chart').length === 0) performance.mark('accord:first-chart');
    },
  };
}
