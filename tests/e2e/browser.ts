// What every browser test needs: the built app served on 127.0.0.1, Chromium, and a watch
// on every request and every CSP violation, so that each test also proves the app talks to
// no other origin and breaks no rule of its Content-Security-Policy.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

export const chromiumPath = inject('chromiumPath');
export const hasChromium = chromiumPath !== null;

export interface Server {
  url: string;
  close: () => Promise<void>;
}

export function startServer(): Promise<Server> {
  return serveStatic(inject('distDir'));
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
