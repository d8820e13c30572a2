// @vitest-environment jsdom
// The presenter's keys: slide software's habits, bounded at both ends, Esc to leave, and the
// keys the page keeps (browser shortcuts, Space or Enter on a button).
import { describe, expect, it } from 'vitest';
import { keyBelongsToPage, slideMove } from '../../../src/views/present/slide-keys';

describe('slideMove', () => {
  it.each([
    ['ArrowRight', 2, false, 3],
    ['PageDown', 2, false, 3],
    [' ', 2, false, 3],
    ['ArrowLeft', 2, false, 1],
    ['PageUp', 2, false, 1],
    [' ', 2, true, 1],
    ['Home', 4, false, 0],
    ['End', 1, false, 6],
  ])('%s on slide %i (shift %s) goes to slide %i of 7', (key, current, shift, index) => {
    expect(slideMove(key, current, 7, shift)).toEqual({ kind: 'go', index });
  });

  it.each([
    ['ArrowRight', 6],
    ['End', 6],
    ['ArrowLeft', 0],
    ['Home', 0],
  ])('%s on slide %i does nothing: it is already there', (key, current) => {
    expect(slideMove(key, current, 7)).toBeNull();
  });

  it('leaves on Esc, on any slide, even in an empty deck', () => {
    expect(slideMove('Escape', 3, 7)).toEqual({ kind: 'leave' });
    expect(slideMove('Escape', 0, 0)).toEqual({ kind: 'leave' });
  });

  it('leaves the other keys alone (Up and Down scroll a tall slide)', () => {
    for (const key of ['ArrowUp', 'ArrowDown', 'Enter', 'a', 'Tab']) {
      expect(slideMove(key, 2, 7)).toBeNull();
    }
    expect(slideMove('ArrowRight', 0, 0)).toBeNull();
  });
});

describe('keyBelongsToPage', () => {
  const key = (
    k: string,
    mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
  ) => ({
    key: k,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    ...mods,
  });

  it('keeps browser shortcuts (Alt+← goes back in history)', () => {
    const slide = document.createElement('div');
    expect(keyBelongsToPage(key('ArrowLeft', { altKey: true }), slide)).toBe(true);
    expect(keyBelongsToPage(key('End', { ctrlKey: true }), slide)).toBe(true);
    expect(keyBelongsToPage(key('ArrowRight', { metaKey: true }), slide)).toBe(true);
  });

  it('keeps Space and Enter on a button or link, not on the slide', () => {
    const button = document.createElement('button');
    const inner = document.createElement('span');
    button.append(inner);
    const link = document.createElement('a');
    link.href = '#/planner';
    const slide = document.createElement('div');
    expect(keyBelongsToPage(key(' '), inner)).toBe(true);
    expect(keyBelongsToPage(key('Enter'), link)).toBe(true);
    expect(keyBelongsToPage(key(' '), slide)).toBe(false);
    expect(keyBelongsToPage(key('ArrowRight'), button)).toBe(false);
  });
});
