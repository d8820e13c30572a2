// Keyboard only, in the built app: Tab walks through each main screen, every control on it
// takes the focus at some point and shows where the focus is (an outline or a box shadow),
// focus is never trapped — except in a modal dialog, which keeps it until Esc closes it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { go, settle } from './a11y-pages';
import { browserSuite, hasChromium } from './browser';
import { openDemo, VIEWPORT } from './plan-pages';

/** Presses of the same key on one element before we call it a trap (the grid takes Tab per cell). */
const TRAP_PRESSES = 40;

interface Walk {
  /** Focused elements that showed no focus indicator. */
  invisible: string[];
  /** Controls of `main` that Tab never reached. */
  unreached: string[];
  /** Where focus stayed for TRAP_PRESSES presses, if anywhere. */
  trappedAt: string | null;
}

/**
 * Tabs from the top of the page until focus leaves the document or comes back to where it
 * started, checking each element it lands on.
 */
async function tabThrough(page: Page, maxPresses = 400): Promise<Walk> {
  // A blur leaves Chromium's starting point of Tab where the focus was: start from the page's
  // first control (the skip link) instead, as after a fresh load.
  await page.evaluate(() => {
    const html = document.documentElement;
    html.tabIndex = -1;
    html.focus();
    html.removeAttribute('tabindex');
  });
  const invisible: string[] = [];
  let first: string | null = null;
  let last = '';
  let same = 0;
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      el.setAttribute('data-kb-seen', '');
      const style = getComputedStyle(el);
      const outlined = style.outlineStyle !== 'none' && Number.parseInt(style.outlineWidth, 10) > 0;
      const shadowed = style.boxShadow !== 'none' && style.boxShadow !== '';
      const name =
        el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40) ?? '';
      if (!el.id) el.id = `kb-${Math.random().toString(36).slice(2)}`;
      const kind = el.getAttribute('type') ?? el.getAttribute('role') ?? '';
      const what = `<${el.tagName.toLowerCase()} ${kind}> ${name} (${el.className})`;
      return { key: el.id, what, shown: outlined || shadowed };
    });
    if (seen === null) break; // past the last control: focus left the page
    if (seen.key === first) break; // round the page once
    first ??= seen.key;
    if (!seen.shown) invisible.push(seen.what);
    same = seen.key === last ? same + 1 : 0;
    last = seen.key;
    if (same >= TRAP_PRESSES) return { invisible, unreached: [], trappedAt: seen.what };
  }
  const unreached = await page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'main :is(a[href], button, input, select, textarea, summary, [tabindex])',
    );
    return [...controls]
      .filter((el) => {
        if (el.hasAttribute('data-kb-seen') || el.tabIndex < 0) return false;
        if (el.matches(':disabled') || !el.checkVisibility({ visibilityProperty: true }))
          return false;
        if (el.closest('[inert]')) return false;
        // A radio group is one Tab stop: its checked radio (or its first when none is).
        if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
          const group = [
            ...document.querySelectorAll<HTMLInputElement>(
              `input[type="radio"][name="${CSS.escape(el.name)}"]`,
            ),
          ];
          const stop = group.find((r) => r.checked) ?? group[0];
          if (stop !== el) return false;
        }
        return true;
      })
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()}> ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)}`,
      );
  });
  return { invisible, unreached, trappedAt: null };
}

describe.skipIf(!hasChromium)('the keyboard in Chromium', () => {
  const suite = browserSuite();

  it.each([
    ['planner', null],
    ['roi', 'Charger l’exemple : 10 000 € → 40 000 €'],
    ['clv', /^Charger l’exemple/],
    ['influencers', null],
    ['leads', /^Charger l’exemple/],
    ['data', null],
    ['learn', null],
    ['settings', null],
  ] as const)(
    'reaches every control of %s with a visible focus, and lets it go',
    async (route, example) => {
      const { page } = await suite.open({ viewport: VIEWPORT });
      await openDemo(page, suite.server.url);
      if (route !== 'planner') await go(page, suite.server.url, route);
      if (example) {
        await page.getByRole('button', { name: example }).click();
        await settle(page);
      }
      const walk = await tabThrough(page);
      expect(walk.trappedAt, 'focus trapped').toBeNull();
      expect(walk.invisible, 'focused without a visible indicator').toEqual([]);
      expect(walk.unreached, 'controls Tab never reaches').toEqual([]);
    },
    120_000,
  );

  it('keeps the focus inside the delete dialog, and Esc closes it', async () => {
    const { page } = await suite.open({ viewport: VIEWPORT });
    await openDemo(page, suite.server.url);
    await page.getByRole('button', { name: 'Supprimer', exact: true }).first().focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const outside: string[] = [];
    for (let press = 0; press < 8; press++) {
      await page.keyboard.press(press % 3 === 2 ? 'Shift+Tab' : 'Tab');
      // Past the dialog's last button, Chromium moves focus to its own toolbar (the page's
      // body is then active) and back: that leaves the page, not the dialog.
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body || el.closest('dialog[open]')) return null;
        return `<${el.tagName.toLowerCase()}> ${(el.textContent ?? '').trim().slice(0, 40)}`;
      });
      if (where) outside.push(where);
    }
    expect(outside, 'focus outside the modal dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Boutique de vêtements — démo',
    );
  });
});
