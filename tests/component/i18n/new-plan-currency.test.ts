// A new plan's locale and currency come from the browser's preferred languages (passed in
// through the environment), not from the UI language alone: an American gets dollars.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../../src/App.svelte';
import type { MixplanDb } from '../../../src/db';
import { openDb, scratchDbName, testEnvironment } from '../harness';

let db: MixplanDb;

beforeEach(() => {
  db = openDb(scratchDbName());
  window.location.hash = '#/planner';
});

afterEach(() => db.close());

async function createWith(languages: readonly string[], button: string) {
  const user = userEvent.setup();
  render(App, {
    db,
    env: { ...testEnvironment(), languages: () => languages },
    defaultLanguage: 'en',
  });
  await user.click(await screen.findByRole('button', { name: button }));
  await expect.poll(async () => (await db.plans.toArray()).length, { timeout: 5000 }).toBe(1);
  const [plan] = await db.plans.toArray();
  return plan;
}

describe('a new plan in an English browser', () => {
  it('gets en-US figures and USD in an en-US browser', async () => {
    const plan = await createWith(['en-US', 'en'], 'Start an empty plan');
    expect([plan?.locale, plan?.currency]).toEqual(['en-US', 'USD']);
  });

  it('gets en-GB figures and euros in an Irish browser', async () => {
    const plan = await createWith(['en-IE'], 'Start an empty plan');
    expect([plan?.locale, plan?.currency]).toEqual(['en-GB', 'EUR']);
  });

  it('counts the demo plan in dollars for an en-US browser', async () => {
    const plan = await createWith(['en-US'], 'Open the demo plan');
    expect([plan?.locale, plan?.currency]).toEqual(['en-US', 'USD']);
  });
});
