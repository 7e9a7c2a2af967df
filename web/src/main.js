// The dashboard's entry point: a hash router over the pages (#/annotate, #/events, #/timeline,
// #/network, #/quotes, #/doc?id=...).

import './style.css';
import { parseHash, errorBox } from './dom.js';
import * as annotate from './pages/annotate.js';
import * as documentPage from './pages/document.js';
import * as events from './pages/events.js';
import * as timeline from './pages/timeline.js';
import * as network from './pages/network.js';
import * as quotes from './pages/quotes.js';

const PAGES = { annotate, doc: documentPage, events, timeline, network, quotes };

async function route() {
  const app = document.getElementById('app');
  const { path, params } = parseHash();
  const name = PAGES[path] ? path : 'annotate';
  for (const link of document.querySelectorAll('#nav a')) {
    link.classList.toggle('current', link.dataset.page === name || (name === 'doc' && link.dataset.page === 'annotate'));
  }
  app.removeAttribute('data-rendered');
  window.scrollTo(0, 0);
  try {
    await PAGES[name].render(app, params);
  } catch (err) {
    app.replaceChildren(errorBox(err));
  }
}

window.addEventListener('hashchange', route);
route();
