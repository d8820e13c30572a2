// The one place Chart.js parts are registered: what the planner's charts use, at load, and the
// bubbles of the influencer sheet when it first draws (registerBubbles). The bundle carries
// no controller, scale or plugin that no screen uses (never the auto bundle, which registers
// everything).
import {
  ArcElement,
  BarController,
  BubbleController,
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

/**
 * The bubble controller, for the one chart that draws bubbles (the influencer sheet's cost
 * against engagement): registered when that chart first draws, not for every screen.
 */
export function registerBubbles(): void {
  // Registering again is harmless: Chart.js keeps one entry per id.
  Chart.register(BubbleController);
}

export { Chart };
