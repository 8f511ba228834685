import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/styles/global.css';

mount(App, { target: document.getElementById('app')! });

// The site works offline after the first visit; the single-file build is opened from disk and
// has nothing to cache.
if (import.meta.env.PROD && import.meta.env.MODE !== 'singlefile' && 'serviceWorker' in navigator && location.protocol !== 'file:') {
  void navigator.serviceWorker.register('./sw.js');
}
