// What every browser test needs: the built app served on 127.0.0.1, Chromium, and a watch
// on every request and every CSP violation, so that each test also proves the app talks to
// no other origin and breaks no rule of its Content-Security-Policy.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

export const chromiumPath = inject('chromiumPath');
export const hasChromium = chromiumPath !== null;

export interface Server {
  url: string;
  close: () => Promise<void>;
}

/** Serves the built app, or with `pages`, the measurement pages of bench/pages. */
export function startServer(root: 'app' | 'pages' = 'app'): Promise<Server> {
  return serveStatic(inject(root === 'app' ? 'distDir' : 'pagesDir'));
}

export function startBrowser(): Promise<Browser> {
  return launchChromium(chromiumPath);
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Requests to any origin other than the test server. */
  foreignRequests: string[];
  /** Content-Security-Policy violations reported by the page or the console. */
  cspViolations: string[];
}

declare global {
  interface Window {
    __reportCspViolation?: (text: string) => void;
  }
}

export async function openWatched(
  browser: Browser,
  server: Server,
  options: BrowserContextOptions = {},
): Promise<Watched> {
  const context = await browser.newContext({ locale: 'fr-FR', ...options });
  const origin = new URL(server.url).origin;
  const foreignRequests: string[] = [];
  const cspViolations: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  // A binding survives reloads, so violations from every page of the test reach us.
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportCspViolation?.(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return { context, page, foreignRequests, cspViolations };
}

export async function waitForApp(page: Page): Promise<void> {
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
}

export interface BrowserSuite {
  readonly browser: Browser;
  readonly server: Server;
  /** A watched page: after the test, no foreign request and no CSP violation is allowed. */
  open: (options?: BrowserContextOptions) => Promise<Watched>;
}

/**
 * Registers the hooks of a browser test file: one Chromium and one server for the file, and
 * after each test the watch's verdict on what that test's page did.
 */
export function browserSuite(root: 'app' | 'pages' = 'app'): BrowserSuite {
  let browser: Browser | undefined;
  let server: Server | undefined;
  const opened: Watched[] = [];

  beforeAll(async () => {
    [browser, server] = await Promise.all([startBrowser(), startServer(root)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    const watched = opened.splice(0);
    for (const { context } of watched) await context.close();
    for (const { foreignRequests, cspViolations } of watched) {
      expect(foreignRequests, 'requests to other origins').toEqual([]);
      expect(cspViolations, 'CSP violations').toEqual([]);
    }
  });

  function started<T>(value: T | undefined): T {
    if (value === undefined) throw new Error('browserSuite used outside a test');
    return value;
  }

  return {
    get browser() {
      return started(browser);
    },
    get server() {
      return started(server);
    },
    async open(options = {}) {
      const watched = await openWatched(started(browser), started(server), options);
      opened.push(watched);
      return watched;
    },
  };
}
