// French strings of the CLV screen: BG\/NBD + Gamma-Gamma forecast (calibration, fit, holdout) (loaded with the screen).
export const frClvForecast = {
  'clv.forecast.title': 'Prévision BG/NBD + Gamma-Gamma',
};
