// A Vite + Svelte 5 hello world, built like the app, that marks itself ready the way the app
// does (the mixplan-ready mark, html[data-ready]): what any Svelte app costs to load cold.
import { mount } from 'svelte';
import Hello from './Hello.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('no #app');
mount(Hello, { target });
performance.mark('mixplan-ready');
document.documentElement.dataset.ready = 'true';
