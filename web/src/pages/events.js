// Event explorer: the API's filters, a sortable table, keyset pages; rows open their document
// with the evidence highlighted.

import { el, foldable, errorBox, markRendered, hashFor, quadBadge, goldsteinColor, fmtGoldstein, flagChips, QUADS } from '../dom.js';
import { get } from '../api.js';

const TEXT_FILTERS = [
  ['actor', 'Actor', 'USA'],
  ['source', 'Source', 'USAGOV'],
  ['target', 'Target', 'PRK'],
  ['dyad', 'Dyad', 'USA,PRK'],
  ['country', 'Country', 'JPN'],
  ['cameo', 'CAMEO', '036'],
  ['root', 'Root', '19'],
  ['plover', 'PLOVER', 'CONSULT'],
  ['q', 'Text', 'missile'],
];
const FILTER_NAMES = [...TEXT_FILTERS.map((f) => f[0]), 'quad', 'from', 'to', 'negated', 'reported', 'hypothetical', 'undirected', 'limit'];

const COLUMNS = [
  ['date', 'Date', (e) => e.date || ''],
  ['source', 'Source', (e) => e.source.code],
  ['target', 'Target', (e) => e.target?.code || ''],
  ['cameo', 'CAMEO', (e) => e.cameo.code],
  ['quad', 'Quad', (e) => e.quad_class],
  ['goldstein', 'Goldstein', (e) => e.goldstein],
  ['plover', 'PLOVER', (e) => e.plover.event],
  ['flags', 'Flags', (e) => ['negated', 'hypothetical', 'reported'].filter((f) => e.flags[f]).join(',')],
  ['confidence', 'Conf.', (e) => e.confidence],
  ['doc', 'Document', (e) => e.doc_id],
];

function select(name, options, value) {
  return el('select', { name, id: `f-${name}` }, options.map(([v, label]) => el('option', { value: v, selected: v === (value || '') }, label)));
}

function filterForm(params) {
  const inputs = TEXT_FILTERS.map(([name, label, hint]) =>
    el('label', {}, label, el('input', { name, id: `f-${name}`, value: params[name] || '', placeholder: hint })),
  );
  const yesNo = [['', 'any'], ['true', 'yes'], ['false', 'no']];
  return el(
    'form',
    {
      class: 'panel filters',
      id: 'event-filters',
      onsubmit: (ev) => {
        ev.preventDefault();
        const data = Object.fromEntries(new FormData(ev.target));
        location.hash = hashFor('events', data);
      },
    },
    inputs,
    el('label', {}, 'Quad class', select('quad', [['', 'any'], ...Object.entries(QUADS).map(([k, q]) => [k, `${k} ${q.name}`])], params.quad)),
    el('label', {}, 'From', el('input', { type: 'date', name: 'from', id: 'f-from', value: params.from || '' })),
    el('label', {}, 'To', el('input', { type: 'date', name: 'to', id: 'f-to', value: params.to || '' })),
    el('label', {}, 'Negated', select('negated', yesNo, params.negated)),
    el('label', {}, 'Reported', select('reported', yesNo, params.reported)),
    el('label', {}, 'Hypothetical', select('hypothetical', yesNo, params.hypothetical)),
    el('label', {}, 'Per page', select('limit', [['25', '25'], ['', '50'], ['100', '100'], ['250', '250']], params.limit)),
    el(
      'div',
      { class: 'row' },
      el('button', { type: 'submit', id: 'apply-filters' }, 'Apply'),
      el('a', { class: 'button secondary', href: '#/events' }, 'Clear'),
    ),
  );
}

function docLink(e) {
  return hashFor('doc', { id: e.doc_id, s: e.sentence, span: e.span.join(',') });
}

function row(e) {
  const code = (c) => (c ? el('a', { class: 'actor-code', href: hashFor('events', { actor: c }), title: `events of ${c}` }, c) : '—');
  return el(
    'tr',
    {},
    el('td', { class: 'nowrap' }, e.date || '—'),
    el('td', {}, code(e.source.code)),
    el('td', {}, code(e.target?.code)),
    el('td', {}, el('span', { class: 'cameo-code' }, e.cameo.code), ' ', el('span', { class: 'muted' }, e.cameo.name)),
    el('td', {}, quadBadge(e.quad_class)),
    el('td', { class: 'num', style: `color:${goldsteinColor(e.goldstein)}` }, fmtGoldstein(e.goldstein)),
    el('td', {}, e.plover.event),
    el('td', {}, flagChips(e.flags)),
    el('td', { class: 'num' }, `${Math.round(e.confidence * 100)}%`),
    el('td', {}, el('a', { href: docLink(e), class: 'doc-link', title: e.doc_id }, 'view')),
  );
}

export async function render(root, params) {
  const filters = Object.fromEntries(Object.entries(params).filter(([k]) => FILTER_NAMES.includes(k)));
  const cursors = [];
  let current = null;
  let sort = { key: null, dir: 1 };
  let events = [];
  const summary = el('div', { class: 'summary', id: 'events-total' });
  const body = el('tbody');
  const head = el('tr');
  const prev = el('button', { type: 'button', class: 'secondary', id: 'page-prev', disabled: true }, '← Newer');
  const next = el('button', { type: 'button', class: 'secondary', id: 'page-next', disabled: true }, 'Older →');
  const message = el('div');

  function drawHead() {
    head.replaceChildren(
      ...COLUMNS.map(([key, label]) =>
        el(
          'th',
          {
            class: `sortable${sort.key === key ? ' sorted' : ''}`,
            'data-key': key,
            onclick: () => {
              sort = { key, dir: sort.key === key ? -sort.dir : 1 };
              drawRows();
            },
          },
          label,
          sort.key === key ? (sort.dir > 0 ? ' ▲' : ' ▼') : '',
        ),
      ),
    );
  }

  function drawRows() {
    let rows = events;
    if (sort.key) {
      const value = COLUMNS.find((c) => c[0] === sort.key)[2];
      rows = [...events].sort((a, b) => {
        const [x, y] = [value(a), value(b)];
        return (x < y ? -1 : x > y ? 1 : 0) * sort.dir;
      });
    }
    drawHead();
    body.replaceChildren(...rows.map(row));
  }

  async function load(cursor) {
    try {
      const page = await get('events', { ...filters, cursor });
      events = page.events;
      current = page.next_cursor;
      const first = cursors.length * page.limit;
      summary.textContent = page.total
        ? `${page.total.toLocaleString('en')}${page.total_capped ? '+' : ''} events · ${first + 1}–${first + events.length} (newest first; click a column to sort this page)`
        : 'No events match.';
      message.replaceChildren();
      drawRows();
      prev.disabled = cursors.length === 0;
      next.disabled = !current;
    } catch (err) {
      message.replaceChildren(errorBox(err));
      events = [];
      drawRows();
    }
  }

  next.addEventListener('click', async () => {
    if (!current) return;
    cursors.push(current);
    await load(current);
  });
  prev.addEventListener('click', async () => {
    cursors.pop();
    await load(cursors[cursors.length - 1]);
  });

  root.replaceChildren(
    el('h1', {}, 'Event explorer'),
    foldable(`Filters${Object.keys(filters).length ? ` · ${Object.keys(filters).length} set` : ''}`, filterForm(filters)),
    message,
    summary,
    el('div', { class: 'table-wrap' }, el('table', { class: 'events', id: 'events-table' }, el('thead', {}, head), body)),
    el('div', { class: 'row pager' }, prev, next),
  );
  await load(undefined);
  markRendered('events');
}
