// An update accepted in one tab, as the other open tabs live it: they are asked first, save
// what they queued, and a hidden tab reloads while a visible one says an update is waiting.
// Also: an open tab looks for a new version when it becomes visible and every hour.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import {
  AppUpdate,
  CHECK_EVERY_MS,
  type RegisterServiceWorker,
  type UpdateChannel,
  type UpdateMessage,
  type UpdatePage,
} from '../../src/state/app-update.svelte';
import { openDb, scratchDbName, testEnvironment } from './harness';

type Listener = (event: MessageEvent<UpdateMessage>) => void;

/** BroadcastChannel between tabs of one test: delivered later, to every other member. */
function fakeBus() {
  const members = new Set<{ listeners: Set<Listener> }>();
  function channel(): UpdateChannel {
    const me = { listeners: new Set<Listener>() };
    members.add(me);
    return {
      postMessage(message) {
        for (const member of members) {
          if (member === me) continue;
          setTimeout(() => {
            for (const l of member.listeners) l(new MessageEvent('message', { data: message }));
          }, 0);
        }
      },
      addEventListener: (_type, listener) => me.listeners.add(listener),
      removeEventListener: (_type, listener) => me.listeners.delete(listener),
      close: () => members.delete(me),
    };
  }
  return { channel };
}

/** A tab's page: hidden or visible, its reloads counted, its timers and visibility faked. */
function fakePage(hidden: boolean) {
  const visible = new Set<() => void>();
  const timers = new Set<() => void>();
  const page: UpdatePage & { reloads: number; show: () => void; tick: () => void } = {
    reloads: 0,
    reload: () => (page.reloads += 1),
    isHidden: () => hidden,
    onVisible(listener) {
      visible.add(listener);
      return () => visible.delete(listener);
    },
    every(_ms, listener) {
      timers.add(listener);
      return () => timers.delete(listener);
    },
    show: () => visible.forEach((l) => l()),
    tick: () => timers.forEach((l) => l()),
  };
  return page;
}

/** vite-plugin-pwa's registerSW, with the service worker's events under the test's control. */
function fakeServiceWorker() {
  const skipWaiting = vi.fn(async (_reload?: boolean) => undefined);
  const registration = { update: vi.fn(async () => undefined) };
  let callbacks: Parameters<RegisterServiceWorker>[0] | null = null;
  const register: RegisterServiceWorker = (options) => {
    callbacks = options;
    // Only what AppUpdate calls: the rest of a registration does not matter here.
    options.onRegisteredSW('sw.js', registration as unknown as ServiceWorkerRegistration);
    return skipWaiting;
  };
  return {
    register,
    skipWaiting,
    registration,
    newVersionReady: () => callbacks?.onNeedRefresh(),
    takesControl: () => callbacks?.onNeedReload(),
  };
}

function tab(bus: ReturnType<typeof fakeBus>, hidden: boolean) {
  const page = fakePage(hidden);
  const sw = fakeServiceWorker();
  const update = new AppUpdate({ channel: bus.channel(), page, answerWindowMs: 20 });
  update.start(sw.register);
  stops.push(() => update.stop());
  return { page, sw, update };
}

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

function until(check: () => boolean): Promise<void> {
  return vi.waitFor(() => expect(check()).toBe(true), { timeout: 2000, interval: 5 });
}

describe('an update accepted in one tab', () => {
  it('lets a hidden tab save its queued edit, then reloads it with the new version', async () => {
    const bus = fakeBus();
    const accepting = tab(bus, false);
    const other = tab(bus, true);
    const written: string[] = [];
    other.update.connect(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      written.push('Janvier : 1 111 €');
      return true;
    });
    accepting.sw.newVersionReady();

    const accepted = accepting.update.accept();
    // The new service worker is not asked to take over before the other tab has saved.
    await until(() => written.length === 1);
    await accepted;
    expect(accepting.sw.skipWaiting).toHaveBeenCalledTimes(1);

    accepting.sw.takesControl();
    other.sw.takesControl();
    expect(accepting.page.reloads).toBe(1);
    await until(() => other.page.reloads === 1);
    expect(other.update.waiting).toBe(false);
  });

  it('does not reload a visible tab: it says an update is waiting', async () => {
    const bus = fakeBus();
    const accepting = tab(bus, false);
    const other = tab(bus, false);
    const flush = vi.fn(async () => true);
    other.update.connect(flush);

    await accepting.update.accept();
    expect(flush).toHaveBeenCalledTimes(1);
    other.sw.takesControl();
    expect(other.page.reloads).toBe(0);
    expect(other.update.waiting).toBe(true);
  });

  it('keeps a hidden tab whose screen asks to stay (an editor still open)', async () => {
    const bus = fakeBus();
    const accepting = tab(bus, false);
    const other = tab(bus, true);
    other.update.connect(async () => false);

    await accepting.update.accept();
    other.sw.takesControl();
    expect(other.page.reloads).toBe(0);
    expect(other.update.waiting).toBe(true);
  });

  it('waits when its own queued edits cannot be saved', async () => {
    const bus = fakeBus();
    const accepting = tab(bus, false);
    accepting.update.connect(async () => false);
    expect(await accepting.update.accept()).toBe(false);
    expect(accepting.sw.skipWaiting).not.toHaveBeenCalled();
    expect(accepting.update.notSaved).toBe(true);
  });

  it('never reloads a tab silently when the new version takes over unannounced', () => {
    const bus = fakeBus();
    const other = tab(bus, true);
    other.sw.takesControl();
    expect(other.page.reloads).toBe(0);
    expect(other.update.waiting).toBe(true);
  });
});

describe('looking for a new version', () => {
  it('checks when the tab becomes visible and every hour', () => {
    expect(CHECK_EVERY_MS).toBe(3_600_000);
    const { page, sw } = tab(fakeBus(), false);
    expect(sw.registration.update).not.toHaveBeenCalled();
    page.show();
    expect(sw.registration.update).toHaveBeenCalledTimes(1);
    page.tick();
    expect(sw.registration.update).toHaveBeenCalledTimes(2);
  });
});

describe('the waiting prompt', () => {
  it('reloads, after saving, when the user is ready', async () => {
    const user = userEvent.setup();
    const bus = fakeBus();
    const accepting = tab(bus, false);
    const other = tab(bus, false);
    render(App, {
      db: openDb(scratchDbName()),
      env: testEnvironment(),
      defaultLanguage: 'fr',
      update: other.update,
    });
    await screen.findByRole('button', { name: 'Commencer un plan vide' });

    await accepting.update.accept();
    other.sw.takesControl();
    expect(
      await screen.findByText(
        'Mixplan a été mis à jour dans un autre onglet : rechargez quand vous serez prêt.',
      ),
    ).toBeVisible();
    expect(other.page.reloads).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Recharger maintenant' }));
    await until(() => other.page.reloads === 1);
  });
});
