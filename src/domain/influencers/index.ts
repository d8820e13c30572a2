// The influencer sheet's pure domain, for the views, the CSV pipeline and the booking flow.
export * from './model';
export * from './tiers';
export * from './engagement';
export * from './costs';
export * from './benchmarks';
export * from './red-flags';
export * from './disclosure';
export * from './score';
export * from './sheet';
export * from './validation';
