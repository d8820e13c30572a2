// The visible window of the grid: what is on screen is rendered, what is not is not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnOffsets,
  messagePlacement,
  scrollToReveal,
  visibleColumns,
  visibleRows,
} from '../../../src/ui/grid/viewport';

describe('visibleRows', () => {
  it.each([
    [0, 280, 28, 200, 0, { start: 0, end: 10 }],
    [28 * 50, 280, 28, 200, 0, { start: 50, end: 60 }],
    [28 * 50 + 10, 280, 28, 200, 0, { start: 50, end: 61 }],
    [28 * 195, 280, 28, 200, 0, { start: 195, end: 200 }],
    [0, 280, 28, 200, 3, { start: 0, end: 13 }],
    [0, 280, 28, 0, 3, { start: 0, end: 0 }],
    [-40, 280, 28, 5, 0, { start: 0, end: 5 }],
  ])('scrollTop %i, height %i, row %i, %i rows, overscan %i', (top, h, rh, n, over, span) => {
    expect(visibleRows(top, h, rh, n, over)).toEqual(span);
  });

  it('always covers the viewport and never leaves the grid', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 10, max: 60 }),
        fc.integer({ min: 50, max: 2000 }),
        fc.nat(),
        (rows, rowHeight, height, rawTop) => {
          const top = rawTop % (rows * rowHeight);
          const span = visibleRows(top, height, rowHeight, rows, 0);
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(rows);
          expect(span.start * rowHeight).toBeLessThanOrEqual(top);
          expect(span.end * rowHeight >= Math.min(top + height, rows * rowHeight)).toBe(true);
        },
      ),
    );
  });
});

describe('visibleColumns', () => {
  const offsets = columnOffsets([100, 50, 200, 100, 100]);

  it('computes left edges', () => {
    expect([...offsets]).toEqual([0, 100, 150, 350, 450, 550]);
  });

  it.each([
    [0, 120, { start: 0, end: 2 }],
    [100, 50, { start: 1, end: 2 }],
    [149, 2, { start: 1, end: 3 }],
    [400, 1000, { start: 3, end: 5 }],
  ])('scrollLeft %i, width %i', (left, width, span) => {
    expect(visibleColumns(left, width, offsets, 0)).toEqual(span);
  });
});

describe('scrollToReveal', () => {
  it.each([
    [100, 128, 0, 300, null],
    [100, 128, 200, 300, 100],
    [500, 528, 0, 300, 228],
  ])('cell %i–%i at scroll %i in %i', (start, end, scroll, viewport, expected) => {
    expect(scrollToReveal(start, end, scroll, viewport)).toBe(expected);
  });
});

describe('messagePlacement: a refusal shown beside its cell, never off screen', () => {
  const box = {
    bodyTop: 34,
    bodyBottom: 450,
    viewportWidth: 1200,
    messageWidth: 320,
    messageHeight: 60,
  };

  it('goes just under the cell, at its left edge', () => {
    expect(messagePlacement({ ...box, cellTop: 64, cellBottom: 94, cellLeft: 330 })).toEqual({
      top: 94,
      left: 330,
      above: false,
    });
  });

  it('goes over a cell near the bottom of the rows, and stays inside on the right', () => {
    expect(messagePlacement({ ...box, cellTop: 400, cellBottom: 430, cellLeft: 1100 })).toEqual({
      top: 400,
      left: 880,
      above: true,
    });
  });

  it('stays under the header when the cell is scrolled above it', () => {
    expect(messagePlacement({ ...box, cellTop: -60, cellBottom: -30, cellLeft: 0 }).top).toBe(34);
  });
});
