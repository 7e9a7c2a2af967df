// Quotes browser: quotes grouped by speaker, filtered by speaker (name or code) and words.

import { el, errorBox, markRendered, hashFor, codePoints, loading } from '../dom.js';
import { get } from '../api.js';

const PAGE = 50;

export async function render(root, params) {
  const offset = Number(params.offset || 0);
  loading(root);
  let page;
  try {
    page = await get('quotes', { speaker: params.speaker, q: params.q, limit: PAGE, offset });
  } catch (err) {
    root.replaceChildren(el('h1', {}, 'Quotes'), errorBox(err));
    markRendered('quotes');
    return;
  }
  const form = el(
    'form',
    {
      class: 'panel filters',
      id: 'quote-filters',
      onsubmit: (ev) => {
        ev.preventDefault();
        location.hash = hashFor('quotes', Object.fromEntries(new FormData(ev.target)));
      },
    },
    el('label', {}, 'Speaker', el('input', { name: 'speaker', id: 'q-speaker', value: params.speaker || '', placeholder: 'name or code, e.g. Aso or JPN' })),
    el('label', {}, 'Words', el('input', { name: 'q', id: 'q-text', value: params.q || '', placeholder: 'e.g. sanctions' })),
    el('div', { class: 'row' }, el('button', { type: 'submit' }, 'Search'), el('a', { class: 'button secondary', href: '#/quotes' }, 'Clear')),
  );
  const groups = new Map();
  for (const q of page.quotes) {
    const s = q.quote.speaker;
    const key = s ? `${s.name}\u0000${s.code || ''}` : '\u0000';
    if (!groups.has(key)) groups.set(key, { speaker: s, quotes: [] });
    groups.get(key).quotes.push(q);
  }
  const list = el(
    'div',
    { class: 'quote-groups', id: 'quote-list' },
    [...groups.values()].map((g) =>
      el(
        'section',
        { class: 'card quote-group' },
        el(
          'h3',
          {},
          g.speaker ? g.speaker.name : 'Unattributed',
          g.speaker?.code ? el('a', { class: 'actor-code', href: hashFor('quotes', { speaker: g.speaker.code }) }, g.speaker.code) : null,
          el('span', { class: 'muted' }, ` ${g.quotes.length} on this page`),
        ),
        g.quotes.map((q) =>
          el(
            'div',
            { class: 'quote-item' },
            el('blockquote', {}, `“${codePoints(q.text).join('')}”`),
            el(
              'div',
              { class: 'muted' },
              `${q.quote.kind} quote · `,
              el('a', { href: hashFor('doc', { id: q.doc_id, s: q.quote.sentences[0] }) }, 'document'),
            ),
          ),
        ),
      ),
    ),
  );
  const nav = el(
    'div',
    { class: 'row pager' },
    offset > 0 ? el('a', { class: 'button secondary', href: hashFor('quotes', { ...params, offset: Math.max(0, offset - PAGE) || undefined }) }, '← Previous') : null,
    offset + PAGE < page.total ? el('a', { class: 'button secondary', id: 'quotes-next', href: hashFor('quotes', { ...params, offset: offset + PAGE }) }, 'Next →') : null,
  );
  root.replaceChildren(
    el('h1', {}, 'Quotes'),
    form,
    el('div', { class: 'summary', id: 'quotes-total' }, page.total ? `${page.total.toLocaleString('en')} quotes · ${offset + 1}–${offset + page.quotes.length}` : 'No quotes match.'),
    list,
    nav,
  );
  markRendered('quotes');
}
