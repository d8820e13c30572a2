// The grid in Chromium at full size, 200 channels × 60 months: select, type, paste a 10 × 12
// block from Excel-style TSV, undo, redo — with the real keyboard and clipboard events.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, hasChromium, waitForApp } from './browser';

/** A 10 rows × 12 months block as Excel FR puts it on the clipboard. */
function excelBlock(): { tsv: string; cents: number[][] } {
  const cents = Array.from({ length: 10 }, (_, r) =>
    Array.from({ length: 12 }, (_, c) => (r + 1) * 100_000 + c * 1050),
  );
  const text = (value: number) =>
    `${Math.floor(value / 100)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')},${String(value % 100).padStart(2, '0')}`;
  const tsv = cents.map((row) => row.map(text).join('\t')).join('\r\n') + '\r\n';
  return { tsv, cents };
}

async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', data);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    );
  }, text);
}

async function cellText(page: Page, name: string): Promise<string> {
  return (await page.getByRole('gridcell', { name, exact: true }).innerText()).trim();
}

describe.skipIf(!hasChromium)('the grid in Chromium, 200 × 60', () => {
  const suite = browserSuite('pages');

  it('selects, types, pastes a 10 × 12 block, undoes and redoes', async () => {
    const watched = await suite.open({ viewport: { width: 1400, height: 900 } });
    const { page } = watched;
    await page.goto(`${suite.server.url}grid.html`);
    await waitForApp(page);

    await page.getByRole('gridcell', { name: '01/2026, TV 1', exact: true }).click();
    await page.keyboard.type('1 234,5');
    await page.keyboard.press('Enter');
    expect(await cellText(page, '01/2026, TV 1')).toBe('1\u202f234,50');
    const januaryTotal = await page.evaluate(() => window.gridPage.monthTotal(0));

    await page.getByRole('gridcell', { name: '01/2026, Radio 2', exact: true }).click();
    const before = await page.evaluate(() =>
      Array.from({ length: 10 }, (_, r) =>
        Array.from({ length: 12 }, (_, c) => window.gridPage.model.value(r + 1, c)),
      ),
    );
    const block = excelBlock();
    await pasteText(page, block.tsv);
    const pasted = await page.evaluate(() =>
      Array.from({ length: 10 }, (_, r) =>
        Array.from({ length: 12 }, (_, c) => window.gridPage.model.value(r + 1, c)),
      ),
    );
    expect(pasted).toEqual(block.cents);
    expect(await cellText(page, '05/2026, Radio 2')).toBe('1\u202f042,00');

    await page.keyboard.press('Control+z');
    const undone = await page.evaluate(() =>
      Array.from({ length: 10 }, (_, r) =>
        Array.from({ length: 12 }, (_, c) => window.gridPage.model.value(r + 1, c)),
      ),
    );
    expect(undone).toEqual(before);
    expect(await page.evaluate(() => window.gridPage.monthTotal(0))).toBe(januaryTotal);

    await page.keyboard.press('Control+y');
    expect(await cellText(page, '01/2026, Radio 2')).toBe('1\u202f000,00');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect(await cellText(page, '01/2026, TV 1')).not.toBe('1\u202f234,50');
  });

  it('keeps the DOM small while scrolling to the far corner', async () => {
    const watched = await suite.open({ viewport: { width: 1400, height: 900 } });
    const { page } = watched;
    await page.goto(`${suite.server.url}grid.html`);
    await waitForApp(page);
    const { maxCells } = await page.evaluate(() => window.gridPage.measureScroll(120, 90));
    expect(maxCells).toBeGreaterThan(50);
    expect(maxCells).toBeLessThanOrEqual(3000);
    await page.getByRole('grid').focus();
    await page.keyboard.press('Control+End');
    const corner = page.getByRole('gridcell', { name: '12/2030, RP 200', exact: true });
    await corner.waitFor();
    expect(await page.evaluate(() => window.gridPage.cellsInDom())).toBeLessThanOrEqual(3000);
  });
});
