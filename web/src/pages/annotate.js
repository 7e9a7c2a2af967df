// Annotate an article: paste text, upload a file or give a stored document id, and see it coded.

import { el, errorBox, markRendered, hashFor } from '../dom.js';
import { post } from '../api.js';
import { annotatedDocument } from '../annotated.js';
import demoArticle from '../../../examples/seed-article.txt?raw';

const DEMO_DATE = '2006-07-08';

export async function render(root, params) {
  const text = el('textarea', { id: 'annotate-text', rows: 7, placeholder: 'Paste a news article here…' });
  const date = el('input', { id: 'annotate-date', type: 'date', title: 'Publication date (dates the events)' });
  const file = el('input', { id: 'annotate-file', type: 'file', accept: '.txt,.text,.md,.html,.htm,text/*' });
  const docId = el('input', { id: 'annotate-docid', type: 'text', placeholder: 'stored document id', value: params.id || '' });
  const out = el('div', { id: 'annotate-result' });
  const status = el('span', { class: 'muted' });

  async function annotate() {
    const body = text.value.trim();
    if (!body) {
      out.replaceChildren(errorBox('Paste some text, upload a file or load the demo article first.'));
      return;
    }
    status.textContent = 'Coding…';
    try {
      const doc = await post('code', { text: text.value, ...(date.value ? { date: date.value } : {}) });
      out.replaceChildren(annotatedDocument(doc));
      status.textContent = `${doc.events.length} events, ${doc.quotes.length} quotes, ${doc.actors.length} actor mentions`;
    } catch (err) {
      status.textContent = '';
      out.replaceChildren(errorBox(err));
    }
    markRendered('annotate');
  }

  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    let content = await f.text();
    if (/\.html?$/i.test(f.name) || /^\s*</.test(content)) {
      content = new DOMParser().parseFromString(content, 'text/html').body?.innerText || content;
    }
    text.value = content;
    await annotate();
  });

  const form = el(
    'form',
    {
      class: 'panel annotate-form',
      onsubmit: (ev) => {
        ev.preventDefault();
        annotate();
      },
    },
    text,
    el(
      'div',
      { class: 'row' },
      el('label', {}, 'Date ', date),
      el('label', { class: 'file' }, 'Upload ', file),
      el('button', { type: 'submit', id: 'annotate-go' }, 'Annotate'),
      el(
        'button',
        {
          type: 'button',
          class: 'secondary',
          id: 'annotate-demo',
          onclick: () => {
            text.value = demoArticle;
            date.value = DEMO_DATE;
            annotate();
          },
        },
        'Demo article',
      ),
      status,
    ),
    el(
      'div',
      { class: 'row' },
      el('label', {}, 'or open a stored document ', docId),
      el(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => {
            if (docId.value.trim()) location.hash = hashFor('doc', { id: docId.value.trim() });
          },
        },
        'Open',
      ),
    ),
  );
  root.replaceChildren(el('h1', {}, 'Annotate an article'), form, out);
  if (params.demo !== undefined) {
    text.value = demoArticle;
    date.value = DEMO_DATE;
    await annotate();
  } else {
    markRendered('annotate');
  }
}
