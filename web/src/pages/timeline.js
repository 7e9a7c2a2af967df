// Dyad timeline: events per period by quad class (stacked bars) and mean Goldstein (line) for two
// actors; clicking a period lists its events.

import { el, errorBox, markRendered, hashFor, QUADS, quadBadge, fmtGoldstein, goldsteinColor, loading } from '../dom.js';
import { get } from '../api.js';

/** The first and last day of a period label from the store (`2006`, `2006-07`, `2006-W27`, `2006-07-08`). */
export function periodRange(label) {
  const pad = (n) => String(n).padStart(2, '0');
  const iso = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  let m;
  if ((m = /^(\d{4})$/.exec(label))) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  if ((m = /^(\d{4})-(\d{2})$/.exec(label))) {
    const last = new Date(Date.UTC(+m[1], +m[2], 0)).getUTCDate();
    return [`${label}-01`, `${label}-${pad(last)}`];
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(label))) {
    // SQLite's %W: weeks start on Monday; days before the year's first Monday are week 00.
    const year = +m[1];
    const week = +m[2];
    const jan1 = new Date(Date.UTC(year, 0, 1));
    const toMonday = (7 - ((jan1.getUTCDay() + 6) % 7)) % 7;
    const firstMonday = new Date(Date.UTC(year, 0, 1 + toMonday));
    const day = 86400000;
    if (week === 0) return [iso(jan1), iso(new Date(firstMonday.getTime() - day))];
    const start = new Date(firstMonday.getTime() + (week - 1) * 7 * day);
    const end = new Date(Math.min(start.getTime() + 6 * day, Date.UTC(year, 11, 31)));
    return [iso(start), iso(end)];
  }
  return [label.slice(0, 10), label.slice(0, 10)];
}

async function loadChart() {
  const { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend } =
    await import('chart.js');
  Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);
  return Chart;
}

function eventsTable(events) {
  return el(
    'div',
    { class: 'table-wrap' },
    el(
      'table',
      { class: 'events' },
      el('thead', {}, el('tr', {}, ['Date', 'Source', 'Target', 'CAMEO', 'Quad', 'Goldstein', ''].map((h) => el('th', {}, h)))),
      el(
        'tbody',
        {},
        events.map((e) =>
          el(
            'tr',
            {},
            el('td', { class: 'nowrap' }, e.date || '—'),
            el('td', {}, el('span', { class: 'actor-code' }, e.source.code)),
            el('td', {}, el('span', { class: 'actor-code' }, e.target?.code || '—')),
            el('td', {}, `${e.cameo.code} `, el('span', { class: 'muted' }, e.cameo.name)),
            el('td', {}, quadBadge(e.quad_class)),
            el('td', { class: 'num', style: `color:${goldsteinColor(e.goldstein)}` }, fmtGoldstein(e.goldstein)),
            el('td', {}, el('a', { href: hashFor('doc', { id: e.doc_id, s: e.sentence, span: e.span.join(',') }) }, 'view')),
          ),
        ),
      ),
    ),
  );
}

export async function render(root, params) {
  let { a, b } = params;
  const period = params.period || 'month';
  const undirected = params.undirected === 'true';
  loading(root);
  const chartPromise = loadChart();
  try {
    if (!a || !b) {
      // Default: the pair of the newest event with a target (cheap on any store size).
      const newest = await get('events', { limit: 20 });
      const event = newest.events.find((e) => e.target);
      if (event) [a, b] = [event.source.code, event.target.code];
    }
  } catch (err) {
    root.replaceChildren(errorBox(err));
    markRendered('timeline');
    return;
  }
  const form = el(
    'form',
    {
      class: 'panel filters',
      id: 'timeline-form',
      onsubmit: (ev) => {
        ev.preventDefault();
        const d = Object.fromEntries(new FormData(ev.target));
        location.hash = hashFor('timeline', { a: d.a, b: d.b, period: d.period, undirected: d.undirected ? 'true' : 'false' });
      },
    },
    el('label', {}, 'Actor A', el('input', { name: 'a', id: 't-a', value: a || '', placeholder: 'USA' })),
    el('label', {}, 'Actor B', el('input', { name: 'b', id: 't-b', value: b || '', placeholder: 'PRK' })),
    el(
      'label',
      {},
      'Period',
      el('select', { name: 'period', id: 't-period' }, ['day', 'week', 'month', 'year'].map((p) => el('option', { value: p, selected: p === period }, p))),
    ),
    el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'undirected', checked: undirected }), 'both directions'),
    el('div', { class: 'row' }, el('button', { type: 'submit' }, 'Show')),
  );
  const canvasBox = el('div', { class: 'chart-box' });
  const summary = el('div', { class: 'summary', id: 'timeline-summary' });
  const list = el('div', { id: 'timeline-events' });
  root.replaceChildren(el('h1', {}, 'Dyad timeline'), form, summary, canvasBox, list);
  if (!a || !b) {
    summary.textContent = 'No events stored yet: give two actor codes.';
    markRendered('timeline');
    return;
  }
  let data;
  try {
    data = await get(`dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/timeline`, { period, undirected: undirected ? 'true' : undefined });
  } catch (err) {
    summary.replaceChildren(errorBox(err));
    markRendered('timeline');
    return;
  }
  const periods = [...new Set(data.rows.map((r) => r.period))].sort();
  const index = new Map(periods.map((p, i) => [p, i]));
  const counts = { 1: [], 2: [], 3: [], 4: [] };
  for (const q of Object.keys(counts)) counts[q] = periods.map(() => 0);
  const gSum = periods.map(() => 0);
  const nSum = periods.map(() => 0);
  for (const r of data.rows) {
    const i = index.get(r.period);
    if (counts[r.quad]) counts[r.quad][i] += r.events;
    gSum[i] += r.mean_goldstein * r.events;
    nSum[i] += r.events;
  }
  const total = nSum.reduce((x, y) => x + y, 0);
  summary.textContent = `${a} ${undirected ? '↔' : '→'} ${b}: ${total.toLocaleString('en')} events in ${periods.length} ${period}s. Click a bar to list that ${period}'s events.`;
  const canvas = el('canvas', { id: 'timeline-chart', role: 'img', 'aria-label': `Events between ${a} and ${b} by ${period}` });
  canvasBox.replaceChildren(canvas);
  const Chart = await chartPromise;

  async function showPeriod(label) {
    const [from, to] = periodRange(label);
    list.replaceChildren(el('p', { class: 'muted' }, `Loading ${label}…`));
    try {
      const page = await get('events', { dyad: `${a},${b}`, undirected: undirected ? 'true' : undefined, from, to, limit: 100 });
      list.replaceChildren(
        el('h3', {}, `${label}: ${page.total.toLocaleString('en')} events`, page.total > page.events.length ? ` (first ${page.events.length})` : ''),
        el('p', {}, el('a', { href: hashFor('events', { dyad: `${a},${b}`, undirected: undirected ? 'true' : undefined, from, to }) }, 'Open in the event explorer →')),
        eventsTable(page.events),
      );
    } catch (err) {
      list.replaceChildren(errorBox(err));
    }
  }

  const chart = new Chart(canvas, {
    data: {
      labels: periods,
      datasets: [
        ...Object.entries(QUADS).map(([q, info]) => ({
          type: 'bar',
          label: info.name,
          data: counts[q],
          backgroundColor: info.color,
          stack: 'events',
          yAxisID: 'y',
          order: 2,
          maxBarThickness: 48,
        })),
        {
          type: 'line',
          label: 'Mean Goldstein',
          data: gSum.map((g, i) => (nSum[i] ? g / nSum[i] : null)),
          borderColor: '#222',
          backgroundColor: '#222',
          borderWidth: 1.5,
          pointRadius: periods.length > 80 ? 0 : 2.5,
          yAxisID: 'g',
          order: 1,
          spanGaps: true,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked: true, ticks: { maxRotation: 0, autoSkip: true } },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: 'events' } },
        g: { position: 'right', min: -10, max: 10, grid: { drawOnChartArea: false }, title: { display: true, text: 'mean Goldstein' } },
      },
      plugins: { legend: { position: 'bottom' } },
      onClick: (evt, elements, c) => {
        const hit = elements.length ? elements : c.getElementsAtEventForMode(evt, 'index', { intersect: false }, true);
        if (hit.length) showPeriod(periods[hit[0].index]);
      },
    },
  });
  canvas.dataset.points = String(total);
  window.__dyadChart = chart;
  markRendered('timeline');
}
