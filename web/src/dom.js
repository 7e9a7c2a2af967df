// Small DOM and formatting helpers shared by the pages.

import { AuthError, saveToken } from './api.js';

/** Creates an element: el('a', {href, class, onclick}, child, ...). Strings become text nodes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'class') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** The SVG element `tag` with attributes. */
export function svg(tag, attrs = {}) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

/** The quad classes (standard convention, 1-4), their names and colours. */
export const QUADS = {
  1: { name: 'Verbal cooperation', short: 'Verbal coop.', color: '#4c9f70' },
  2: { name: 'Material cooperation', short: 'Material coop.', color: '#2f6fb0' },
  3: { name: 'Verbal conflict', short: 'Verbal conflict', color: '#e39a2d' },
  4: { name: 'Material conflict', short: 'Material conflict', color: '#c8413b' },
};

export function quadBadge(quad) {
  const q = QUADS[quad];
  return el('span', { class: 'badge', style: `background:${q ? q.color : '#888'}`, title: q?.name }, q ? q.short : `quad ${quad}`);
}

/** A colour for a Goldstein score: red (-10) through grey (0) to green (+10). */
export function goldsteinColor(g) {
  const t = Math.max(-1, Math.min(1, (g || 0) / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [200, 50, 45] : [40, 150, 80];
  const k = Math.sqrt(Math.abs(t));
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * k));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

export function fmtGoldstein(g) {
  return (g > 0 ? '+' : '') + Number(g).toFixed(1);
}

export function flagChips(flags = {}) {
  return ['negated', 'hypothetical', 'reported'].filter((f) => flags[f]).map((f) => el('span', { class: `chip flag-${f}` }, f));
}

/** Code-point slicing: the API's spans count Unicode code points, not UTF-16 units. */
export function codePoints(text) {
  return Array.from(text || '');
}

export function loading(root, what = 'Loading…') {
  root.replaceChildren(el('p', { class: 'muted' }, what));
}

export function errorBox(err) {
  const box = el('div', { class: 'error', role: 'alert' }, err instanceof Error ? err.message : String(err));
  if (err instanceof AuthError) box.append(tokenForm());
  return box;
}

/** Asks for the API token (printed by `dyad serve` at first start), keeps it, and reloads the page. */
function tokenForm() {
  return el(
    'form',
    {
      id: 'token-form',
      onsubmit: (ev) => {
        ev.preventDefault();
        saveToken(new FormData(ev.target).get('token').trim());
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      },
    },
    el('label', {}, 'API token ', el('input', { name: 'token', id: 'token', type: 'password', autocomplete: 'off' })),
    el('button', { type: 'submit' }, 'Use token'),
  );
}

/** Reads `#/page?x=1` into { page, params }. */
export function parseHash(hash = location.hash) {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = Object.fromEntries(new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)));
  return { path, params };
}

/** `#/page?params` with empty values left out. */
export function hashFor(page, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, v);
  const qs = query.toString();
  return `#/${page}${qs ? `?${qs}` : ''}`;
}

/** Wraps a filter form in a box that starts folded on phone widths. */
export function foldable(title, form) {
  const open = !window.matchMedia('(max-width: 820px)').matches;
  return el('details', { class: 'fold', open }, el('summary', {}, title), form);
}

/** Marks the page as rendered with its data; the browser tests read the time from here. */
export function markRendered(page) {
  const ms = performance.now();
  window.__dyadRendered = { page, ms };
  document.getElementById('app')?.setAttribute('data-rendered', page);
}
