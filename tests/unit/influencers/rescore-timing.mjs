// Hand-run timing of the weight sliders' fast path (not a unit test: timings on a shared
// machine are not pass/fail). 10 000 rows, one weight changed, rescore only; prints the median
// and the worst of 51 runs after 5 warm-up runs.
//   node tests/unit/influencers/rescore-timing.mjs
import { createServer } from 'vite';

const server = await createServer({
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const { computeSheet, rescore, DEFAULT_SHEET_OPTIONS } = await server.ssrLoadModule(
    '/src/domain/influencers/index.ts',
  );
  const { emptyChecklist } = await server.ssrLoadModule('/src/domain/influencers/disclosure.ts');
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const rows = Array.from({ length: 10_000 }, (_, i) => {
    const followers = Math.floor(500 + random() * 2_000_000);
    const likes = Math.floor(followers * random() * 0.08);
    return {
      id: `i${i}`,
      planId: 'p',
      name: `Influencer ${i}`,
      handle: `@i${i}`,
      platform: i % 3 ? 'instagram' : 'tiktok',
      followers,
      avgLikes: likes,
      avgComments: Math.floor(likes / 40),
      avgShares: Math.floor(likes / 20),
      avgViews: Math.floor(followers * 0.3),
      impressions: i % 2 ? Math.floor(followers * 0.4) : null,
      pricePost: Math.floor(followers * random() * 2),
      priceStory: null,
      priceVideo: null,
      niche: 'n',
      audienceMatch: i % 5 ? random() : null,
      realFollowerShare: i % 4 ? 0.6 + random() * 0.4 : null,
      promoCode: '',
      attributedOrders: null,
      attributedRevenue: i % 2 ? Math.floor(random() * 500_000) : null,
      disclosure: emptyChecklist(),
      status: 'to-contact',
      notes: '',
      posts: [],
      bookedMonth: null,
      bookedCost: null,
    };
  });
  let t = performance.now();
  computeSheet(rows, DEFAULT_SHEET_OPTIONS);
  console.log(`computeSheet 10 000 rows, cold: ${(performance.now() - t).toFixed(1)} ms`);
  t = performance.now();
  const sheet = computeSheet(rows, DEFAULT_SHEET_OPTIONS);
  console.log(`computeSheet 10 000 rows, warm: ${(performance.now() - t).toFixed(1)} ms`);
  const times = [];
  for (let run = 0; run < 56; run++) {
    const weights = { ...DEFAULT_SHEET_OPTIONS.weights, engagement: 1 + (run % 7) };
    t = performance.now();
    const next = rescore(sheet, weights);
    const elapsed = performance.now() - t;
    if (!next.scores.ok) throw new Error('weights refused');
    if (run >= 5) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  console.log(
    `rescore 10 000 rows, one weight changed: median ${times[25].toFixed(2)} ms, worst ${times[50].toFixed(2)} ms`,
  );
} finally {
  await server.close();
}
