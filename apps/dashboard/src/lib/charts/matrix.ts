// Only the pieces the heatmap draws, so the overview ships no unused controllers.
import { CategoryScale, Chart, Tooltip } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';

Chart.register(MatrixController, MatrixElement, CategoryScale, Tooltip);

export { Chart };
