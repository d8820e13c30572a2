// Bringing a linked figure into view: found once its screen has drawn it, its closed <details>
// opened, scrolled to (at once for those who ask for less motion), focused and lit for a moment.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { revealWhenPresent, showElement } from '../../../src/state/figure-link';

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function stubMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('reduce'),
  }));
}

describe('showElement', () => {
  it('opens the details around it, focuses it and lights it briefly', () => {
    vi.useFakeTimers();
    stubMotion(false);
    document.body.innerHTML =
      '<details><summary>Legend</summary><ul><li data-figure="engagement">ER</li></ul></details>';
    const item = document.querySelector<HTMLElement>('[data-figure="engagement"]')!;
    const scroll = vi.fn();
    item.scrollIntoView = scroll;
    showElement(item);
    expect(document.querySelector('details')?.open).toBe(true);
    expect(item.getAttribute('tabindex')).toBe('-1');
    expect(document.activeElement).toBe(item);
    expect(scroll).toHaveBeenCalledWith({ block: 'center', behavior: 'smooth' });
    expect(item.dataset.figureLit).toBe('true');
    vi.advanceTimersByTime(2_000);
    expect(item.dataset.figureLit).toBeUndefined();
  });

  it('scrolls without animation when less motion is asked for', () => {
    stubMotion(true);
    document.body.innerHTML = '<button data-figure="roi">ROI</button>';
    const button = document.querySelector<HTMLElement>('button')!;
    const scroll = vi.fn();
    button.scrollIntoView = scroll;
    showElement(button);
    expect(scroll).toHaveBeenCalledWith({ block: 'center', behavior: 'auto' });
    // Already focusable: no tabindex added.
    expect(button.hasAttribute('tabindex')).toBe(false);
    expect(document.activeElement).toBe(button);
  });
});

describe('revealWhenPresent', () => {
  it('waits for the figure its screen draws later, and gives up when stopped', async () => {
    vi.useFakeTimers();
    stubMotion(true);
    const stopEarly = revealWhenPresent('[data-figure="never"]');
    revealWhenPresent('[data-figure="cac"]');
    await vi.advanceTimersByTimeAsync(300);
    const late = document.createElement('div');
    late.dataset.figure = 'cac';
    late.scrollIntoView = () => {};
    document.body.append(late);
    await vi.advanceTimersByTimeAsync(100);
    expect(document.activeElement).toBe(late);
    stopEarly();
  });
});
