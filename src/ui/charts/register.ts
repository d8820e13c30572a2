// The one place Chart.js parts are registered: only what the planner's charts use, so the
// bundle carries no unused controller, scale or plugin (never the auto bundle, which registers everything).
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  LineController,
  DoughnutController,
  BarElement,
  LineElement,
  PointElement,
  ArcElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

// The app's own font stack (app.css), so that nothing is fetched and the canvas matches
// the page; no chart animates, so an edit repaints in the same frame.
Chart.defaults.font.family =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
Chart.defaults.animation = false;

export { Chart };
