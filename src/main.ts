// Entry point: registers the service worker (with the channel the tabs agree on updates
// over), opens the database while the user's language arrives, mounts the shell.
import { mount } from 'svelte';
import { registerSW } from 'virtual:pwa-register';
import App from './App.svelte';
import { appDb, noDatabaseYet } from './db';
import { loadLanguage, preferredLanguage } from './i18n';
import { AppUpdate, UPDATE_CHANNEL, browserPage } from './state/app-update.svelte';
import './app.css';

const update = new AppUpdate({
  channel: 'BroadcastChannel' in window ? new BroadcastChannel(UPDATE_CHANNEL) : null,
  page: browserPage(),
});
if ('serviceWorker' in navigator) update.start(registerSW);

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const language = preferredLanguage(navigator.languages ?? [navigator.language]);
// Asked before the database opens, which creates it: a first visit has nothing to read.
const firstVisit = noDatabaseYet();
// The database opens while the strings arrive, not after them. A failed open is not lost:
// every read the shell makes then fails with it, and says so.
const db = appDb();
db.open().catch(() => undefined);
// No top-level await: it would turn off the bundler's chunk optimisations for the whole app.
loadLanguage(language).then(
  () =>
    mount(App, {
      target,
      props: {
        db,
        env: {
          now: () => Date.now(),
          newId: () => crypto.randomUUID(),
          languages: () => navigator.languages,
        },
        defaultLanguage: language,
        firstVisit,
        update,
      },
    }),
  // Only when the network went before the service worker cached the app: no strings to
  // word anything with, so both languages, plainly.
  () => {
    target.textContent =
      'Mixplan n’a pas pu se charger : rechargez la page. Mixplan could not load: reload the page.';
  },
);
