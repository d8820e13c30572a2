// English strings of the CLV screen: BG\/NBD + Gamma-Gamma forecast (calibration, fit, holdout) (loaded with the screen).
import type { frClvForecast } from './fr-clv-forecast';

export const enClvForecast: Record<keyof typeof frClvForecast, string> = {
  'clv.forecast.title': 'BG/NBD + Gamma-Gamma forecast',
};
