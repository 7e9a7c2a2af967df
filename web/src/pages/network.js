// Actor network: who acts on whom over a period. Edges are weighted by event count and coloured
// by mean Goldstein; clicking a node or an edge opens the event explorer filtered to it.

import { forceSimulation, forceLink, forceManyBody, forceCenter, forceCollide, forceX, forceY } from 'd3-force';
import { el, svg, errorBox, markRendered, hashFor, goldsteinColor, fmtGoldstein, loading } from '../dom.js';
import { get } from '../api.js';

const WIDTH = 900;
const HEIGHT = 560;

function layout(edges) {
  const weight = new Map();
  for (const e of edges) {
    weight.set(e.source, (weight.get(e.source) || 0) + e.events);
    weight.set(e.target, (weight.get(e.target) || 0) + e.events);
  }
  const maxWeight = Math.max(1, ...weight.values());
  const nodes = [...weight.entries()].map(([id, w]) => ({ id, weight: w, r: 7 + 13 * Math.sqrt(w / maxWeight) }));
  const links = edges.map((e) => ({ ...e, source: e.source, target: e.target }));
  const sim = forceSimulation(nodes)
    .force('link', forceLink(links).id((d) => d.id).distance(140).strength(0.25))
    .force('charge', forceManyBody().strength(-420))
    .force('center', forceCenter(WIDTH / 2, HEIGHT / 2))
    .force('x', forceX(WIDTH / 2).strength(0.06))
    .force('y', forceY(HEIGHT / 2).strength(0.09))
    .force('collide', forceCollide((d) => d.r + 14))
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();
  for (const n of nodes) {
    n.x = Math.max(n.r + 40, Math.min(WIDTH - n.r - 40, n.x));
    n.y = Math.max(n.r + 8, Math.min(HEIGHT - n.r - 22, n.y));
  }
  return { nodes, links };
}

function drawGraph(edges, range) {
  const { nodes, links } = layout(edges);
  const maxEvents = Math.max(1, ...edges.map((e) => e.events));
  // Fit the view to the drawing, so that a small network is not lost in empty space.
  const pad = 46;
  const [x0, x1] = [Math.min(...nodes.map((n) => n.x - n.r)) - pad, Math.max(...nodes.map((n) => n.x + n.r)) + pad];
  const [y0, y1] = [Math.min(...nodes.map((n) => n.y - n.r)) - pad, Math.max(...nodes.map((n) => n.y + n.r)) + pad];
  const root = svg('svg', { viewBox: `${x0} ${y0} ${x1 - x0} ${y1 - y0}`, class: 'network', id: 'network-graph', role: 'img' });
  const linkLayer = svg('g', { class: 'links' });
  const nodeLayer = svg('g', { class: 'nodes' });
  root.append(linkLayer, nodeLayer);
  const go = (params) => {
    location.hash = hashFor('events', { ...params, from: range.from, to: range.to });
  };
  for (const l of links) {
    const [s, t] = [l.source, l.target];
    // A curve bending to one side, so that A→B and B→A stay apart; the arrow sits mid-curve.
    const [dx, dy] = [t.x - s.x, t.y - s.y];
    const len = Math.hypot(dx, dy) || 1;
    const bend = 0.18 * len;
    const [cx, cy] = [(s.x + t.x) / 2 - (dy / len) * bend, (s.y + t.y) / 2 + (dx / len) * bend];
    const width = 1.2 + 8 * Math.sqrt(l.events / maxEvents);
    const color = goldsteinColor(l.mean_goldstein);
    const path = svg('path', {
      d: `M${s.x},${s.y} Q${cx},${cy} ${t.x},${t.y}`,
      stroke: color,
      'stroke-width': width,
      fill: 'none',
      class: 'edge',
      'data-source': s.id,
      'data-target': t.id,
    });
    const title = svg('title');
    title.textContent = `${s.id} → ${t.id}: ${l.events.toLocaleString('en')} events, mean Goldstein ${fmtGoldstein(l.mean_goldstein)}`;
    path.append(title);
    path.addEventListener('click', () => go({ source: s.id, target: t.id }));
    // Arrowhead at the curve's midpoint, pointing along it.
    const [mx, my] = [0.25 * s.x + 0.5 * cx + 0.25 * t.x, 0.25 * s.y + 0.5 * cy + 0.25 * t.y];
    const [tx, ty] = [t.x - s.x, t.y - s.y];
    const tl = Math.hypot(tx, ty) || 1;
    const [ux, uy] = [tx / tl, ty / tl];
    const size = 5 + width;
    const arrow = svg('polygon', {
      points: `${mx + ux * size},${my + uy * size} ${mx - ux * size * 0.6 - uy * size * 0.6},${my - uy * size * 0.6 + ux * size * 0.6} ${mx - ux * size * 0.6 + uy * size * 0.6},${my - uy * size * 0.6 - ux * size * 0.6}`,
      fill: color,
      class: 'edge-arrow',
    });
    arrow.addEventListener('click', () => go({ source: s.id, target: t.id }));
    linkLayer.append(path, arrow);
  }
  for (const n of nodes) {
    const g = svg('g', { class: 'node', transform: `translate(${n.x},${n.y})`, 'data-code': n.id, tabindex: 0 });
    const circle = svg('circle', { r: n.r });
    const label = svg('text', { y: n.r + 13, 'text-anchor': 'middle' });
    label.textContent = n.id;
    const title = svg('title');
    title.textContent = `${n.id}: ${n.weight.toLocaleString('en')} events in the edges shown — click to list them`;
    g.append(circle, label, title);
    g.addEventListener('click', () => go({ actor: n.id }));
    g.addEventListener('keydown', (ev) => ev.key === 'Enter' && go({ actor: n.id }));
    nodeLayer.append(g);
  }
  return root;
}

function legend() {
  const stops = [-10, -5, 0, 5, 10];
  return el(
    'div',
    { class: 'legend network-legend' },
    el('span', {}, 'Edge colour: mean Goldstein '),
    stops.map((g) => el('span', { class: 'swatch', style: `background:${goldsteinColor(g)}` }, fmtGoldstein(g))),
    el('span', { class: 'muted' }, ' · width: event count · click a node or edge to list its events'),
  );
}

export async function render(root, params) {
  loading(root);
  const limit = params.limit || '40';
  let data;
  try {
    data = await get('network', { from: params.from, to: params.to, actor: params.actor, quad: params.quad, limit });
  } catch (err) {
    root.replaceChildren(el('h1', {}, 'Actor network'), errorBox(err));
    markRendered('network');
    return;
  }
  const form = el(
    'form',
    {
      class: 'panel filters',
      id: 'network-form',
      onsubmit: (ev) => {
        ev.preventDefault();
        location.hash = hashFor('network', Object.fromEntries(new FormData(ev.target)));
      },
    },
    el('label', {}, 'From', el('input', { type: 'date', name: 'from', value: data.from || '' })),
    el('label', {}, 'To', el('input', { type: 'date', name: 'to', value: data.to || '' })),
    el('label', {}, 'Actor', el('input', { name: 'actor', value: params.actor || '', placeholder: 'any' })),
    el('label', {}, 'Edges', el('select', { name: 'limit' }, ['20', '40', '80', '150'].map((n) => el('option', { value: n, selected: n === limit }, n)))),
    el('div', { class: 'row' }, el('button', { type: 'submit' }, 'Show')),
  );
  const range = { from: data.from, to: data.to };
  const total = data.edges.reduce((n, e) => n + e.events, 0);
  const summary = el(
    'div',
    { class: 'summary', id: 'network-summary' },
    data.edges.length
      ? `${data.edges.length} busiest actor pairs, ${total.toLocaleString('en')} events, ${data.from || '…'} to ${data.to || '…'}`
      : 'No events with a source and a target in this period.',
  );
  const table = el(
    'div',
    { class: 'table-wrap' },
    el(
      'table',
      { class: 'events edges' },
      el('thead', {}, el('tr', {}, ['Source', 'Target', 'Events', 'Mean Goldstein'].map((h) => el('th', {}, h)))),
      el(
        'tbody',
        {},
        data.edges.map((e) =>
          el(
            'tr',
            {},
            el('td', {}, el('span', { class: 'actor-code' }, e.source)),
            el('td', {}, el('span', { class: 'actor-code' }, e.target)),
            el('td', { class: 'num' }, el('a', { href: hashFor('events', { source: e.source, target: e.target, ...range }) }, e.events.toLocaleString('en'))),
            el('td', { class: 'num', style: `color:${goldsteinColor(e.mean_goldstein)}` }, fmtGoldstein(e.mean_goldstein)),
          ),
        ),
      ),
    ),
  );
  root.replaceChildren(
    el('h1', {}, 'Actor network'),
    form,
    summary,
    legend(),
    data.edges.length ? el('div', { class: 'graph-box' }, drawGraph(data.edges, range)) : null,
    el('details', { class: 'edge-table' }, el('summary', {}, 'Edges as a table'), table),
  );
  markRendered('network');
}
