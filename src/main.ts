// Entry point: opens the database, registers the service worker (with the channel the tabs
// agree on updates over), mounts the shell.
import { mount } from 'svelte';
import { registerSW } from 'virtual:pwa-register';
import App from './App.svelte';
import { appDb } from './db';
import { preferredLanguage } from './i18n';
import { AppUpdate, UPDATE_CHANNEL, browserPage } from './state/app-update.svelte';
import './app.css';

const update = new AppUpdate({
  channel: 'BroadcastChannel' in window ? new BroadcastChannel(UPDATE_CHANNEL) : null,
  page: browserPage(),
});
if ('serviceWorker' in navigator) update.start(registerSW);

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

mount(App, {
  target,
  props: {
    db: appDb(),
    env: { now: () => Date.now(), newId: () => crypto.randomUUID() },
    defaultLanguage: preferredLanguage(navigator.languages ?? [navigator.language]),
    update,
  },
});
