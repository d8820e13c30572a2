// A minimal static file server for the built app, on 127.0.0.1: the browser tests and the
// benchmark use it so that they control when it stops (to prove the app works offline).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8',
};

function fileFor(root, urlPath) {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/'));
  const candidate = resolve(join(root, path));
  if (!candidate.startsWith(root)) return null;
  try {
    const stat = statSync(candidate);
    if (stat.isFile()) return candidate;
    if (stat.isDirectory()) return fileFor(root, join(path, 'index.html'));
  } catch {
    return null;
  }
  return null;
}

// Cross-origin isolation (COOP + COEP) gives a page performance.now() at 5 µs instead of
// 100 µs (Chromium coarsens the clock otherwise); the benchmark serves every page, ours and
// the peers' alike, with it, so sub-millisecond figures are not rounded to a tick.
const ISOLATION_HEADERS = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

/**
 * Serves `root` on a free port; resolves to { url, close }. `isolated`: send the
 * cross-origin isolation headers with every file.
 */
export function serveStatic(root, { isolated = false } = {}) {
  const absoluteRoot = resolve(root);
  const server = createServer((request, response) => {
    const file = fileFor(absoluteRoot, request.url ?? '/');
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...(isolated ? ISOLATION_HEADERS : {}),
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolvePromise({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done(undefined));
          }),
      });
    });
  });
}
