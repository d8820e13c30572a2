import { build } from 'vite';
import { serveStatic } from '../tests/e2e/static-server.mjs';
import { roiFigures } from './roi-bench.mjs';
process.chdir('/work/main');
await build({ logLevel: 'warn', build: { outDir: '/tmp/roi-dist', emptyOutDir: true } });
await build({ logLevel: 'warn', configFile: 'bench/vite.pages.config.ts', build: { outDir: '/tmp/roi-pages', emptyOutDir: true } });
const a = await serveStatic('/tmp/roi-dist'); const b = await serveStatic('/tmp/roi-pages');
try { const r = await roiFigures(a.url, b.url); console.log(JSON.stringify(r)); } finally { await a.close(); await b.close(); }
