// A duplicated tab starts with its original's name in the undo log (sessionStorage is copied):
// it must find out and take a new one, while the original keeps its own.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimTabId, type TabClaim } from '../../../src/state/tab-claim';

const claims: TabClaim[] = [];
afterEach(() => {
  for (const claim of claims.splice(0)) claim.stop();
});

function claim(id: () => string, taken: () => void): void {
  claims.push(claimTabId(id, taken));
}

describe('tab names in the undo log', () => {
  it('tells a duplicated tab that its name is taken, and not the tab it copied', async () => {
    const original = vi.fn();
    const duplicate = vi.fn();
    claim(() => 'tab-1', original);
    claim(() => 'tab-1', duplicate);
    await vi.waitFor(() => expect(duplicate).toHaveBeenCalledTimes(1));
    expect(original).not.toHaveBeenCalled();
  });

  it('leaves two tabs with different names alone', async () => {
    const first = vi.fn();
    const second = vi.fn();
    claim(() => 'tab-1', first);
    claim(() => 'tab-2', second);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(first).not.toHaveBeenCalled();
    expect(second).not.toHaveBeenCalled();
  });
});
