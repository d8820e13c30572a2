// Prompt mode: a new version is offered and waits for the user; it never reloads by itself.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import { AppUpdate, type RegisterServiceWorker } from '../../src/state/app-update.svelte';
import { openDb, scratchDbName, testEnvironment } from './harness';

function fakeServiceWorker() {
  const updateServiceWorker = vi.fn(async (_reload?: boolean) => undefined);
  let callbacks: Parameters<RegisterServiceWorker>[0] | null = null;
  const register: RegisterServiceWorker = (options) => {
    callbacks = options;
    return updateServiceWorker;
  };
  return { register, updateServiceWorker, callbacks: () => callbacks };
}

describe('update prompt', () => {
  it('offers the new version and reloads only when the user accepts', async () => {
    const user = userEvent.setup();
    const sw = fakeServiceWorker();
    const update = new AppUpdate();
    update.start(sw.register);
    render(App, {
      db: openDb(scratchDbName()),
      env: testEnvironment(),
      defaultLanguage: 'fr',
      update,
    });
    await screen.findByRole('button', { name: 'Commencer un plan vide' });
    expect(
      screen.queryByText('Une nouvelle version de Mixplan est prête.'),
    ).not.toBeInTheDocument();

    sw.callbacks()?.onNeedRefresh();
    expect(
      await screen.findByText('Une nouvelle version de Mixplan est prête.'),
    ).toBeInTheDocument();
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Mettre à jour' }));
    expect(sw.updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it('says once that the app now works offline, and can be dismissed', async () => {
    const user = userEvent.setup();
    const sw = fakeServiceWorker();
    const update = new AppUpdate();
    update.start(sw.register);
    render(App, {
      db: openDb(scratchDbName()),
      env: testEnvironment(),
      defaultLanguage: 'en',
      update,
    });
    sw.callbacks()?.onOfflineReady();
    expect(await screen.findByText('Mixplan now works offline.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByText('Mixplan now works offline.')).not.toBeInTheDocument();
  });
});
