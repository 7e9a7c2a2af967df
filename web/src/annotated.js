// Renders a coded document: the text with actors, quotes, speakers and event evidence marked, and
// beside it the events (evidence sentence, spans, flags, confidence), quotes and actors.

import { el, codePoints, quadBadge, goldsteinColor, fmtGoldstein, flagChips } from './dom.js';

/** Marks over the text: { start, end, kind, ... } in code points. */
function collectMarks(doc) {
  const marks = [];
  for (const a of doc.actors || []) marks.push({ start: a.span[0], end: a.span[1], kind: 'actor', actor: a });
  (doc.quotes || []).forEach((q, i) => {
    marks.push({ start: q.content[0], end: q.content[1], kind: 'quote', quote: q, index: i });
    if (q.cue) marks.push({ start: q.cue[0], end: q.cue[1], kind: 'cue', index: i });
    if (q.speaker) marks.push({ start: q.speaker.span[0], end: q.speaker.span[1], kind: 'speaker', index: i });
  });
  (doc.events || []).forEach((e, i) => {
    for (const s of e.evidence?.spans || []) marks.push({ start: s[0], end: s[1], kind: 'evidence', index: i });
    const p = e.evidence?.predicate;
    if (p) marks.push({ start: p[0], end: p[1], kind: 'predicate', index: i });
  });
  return marks.filter((m) => m.end > m.start);
}

/** The text of [start, end) marked up with the marks that overlap it. */
function markedRange(chars, start, end, marks) {
  const inside = marks.filter((m) => m.start < end && m.end > start);
  const cuts = new Set([start, end]);
  for (const m of inside) {
    if (m.start > start) cuts.add(m.start);
    if (m.end < end) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    const over = inside.filter((m) => m.start <= a && m.end >= b);
    const classes = new Set();
    const events = [];
    const quotes = [];
    let actor = null;
    for (const m of over) {
      classes.add(m.kind);
      if (m.kind === 'evidence' || m.kind === 'predicate') events.push(m.index);
      if (m.kind === 'quote') quotes.push(m.index);
      if (m.kind === 'actor') actor = m.actor;
    }
    const text = chars.slice(a, b).join('');
    const seg = classes.size
      ? el('span', {
          class: [...classes].map((c) => `m-${c}`).join(' '),
          dataset: { ev: events.length ? ` ${events.join(' ')} ` : undefined, q: quotes.length ? ` ${quotes.join(' ')} ` : undefined },
          title: actor ? actorTitle(actor) : undefined,
        }, text)
      : document.createTextNode(text);
    out.push(seg);
    for (const m of over.filter((m) => m.end === b)) {
      if (m.kind === 'actor') out.push(el('sup', { class: 'code', title: actorTitle(m.actor) }, m.actor.code));
      if (m.kind === 'quote') {
        const s = m.quote.speaker;
        out.push(el('sup', { class: 'said' }, `— ${s ? s.name + (s.code ? ` (${s.code})` : '') : 'unattributed'}`));
      }
    }
  }
  return out;
}

function actorTitle(a) {
  return [a.text, a.code, a.country && `country ${a.country}`, a.sector && `sector ${a.sector}`, a.how && `by ${a.how}`]
    .filter(Boolean)
    .join(' · ');
}

/** Highlights event `i` in the text (and its card); `sticky` keeps it after the pointer leaves. */
function highlight(root, i, on) {
  for (const n of root.querySelectorAll(`[data-ev~="${i}"]`)) n.classList.toggle('ev-hi', on);
  root.querySelector(`.event[data-index="${i}"]`)?.classList.toggle('active', on);
}

function eventCard(doc, chars, e, i, root) {
  const sentence = (doc.sentences || []).find((s) => s.index === e.sentence);
  const evMarks = [
    ...(e.evidence?.spans || []).map((s) => ({ start: s[0], end: s[1], kind: 'evidence', index: i })),
    ...(e.evidence?.predicate ? [{ start: e.evidence.predicate[0], end: e.evidence.predicate[1], kind: 'predicate', index: i }] : []),
  ];
  const range = sentence ? sentence.span : e.span;
  const spans = (e.evidence?.spans || []).map((s) => `${s[0]}–${s[1]}`).join(', ');
  const conf = Math.round((e.confidence || 0) * 100);
  const card = el(
    'article',
    {
      class: 'event card',
      dataset: { index: i },
      onmouseenter: () => highlight(root, i, true),
      onmouseleave: () => highlight(root, i, false),
    },
    el(
      'div',
      { class: 'event-head' },
      el('span', { class: 'actor-code' }, e.source.code),
      el('span', { class: 'arrow' }, '→'),
      el('span', { class: 'cameo', title: `CAMEO ${e.cameo.code}` }, `${e.cameo.code} ${e.cameo.name}`),
      el('span', { class: 'arrow' }, '→'),
      el('span', { class: 'actor-code' }, e.target ? e.target.code : '—'),
    ),
    el(
      'div',
      { class: 'event-meta' },
      quadBadge(e.quad_class),
      el('span', { class: 'badge', style: `background:${goldsteinColor(e.goldstein)}`, title: 'Goldstein' }, `G ${fmtGoldstein(e.goldstein)}`),
      e.plover.event ? el('span', { class: 'chip' }, `PLOVER ${e.plover.event}${e.plover.mode ? ` · ${e.plover.mode}` : ''}`) : null,
      flagChips(e.flags),
      e.date ? el('span', { class: 'chip' }, e.date) : null,
      el('span', { class: 'confidence', title: `confidence ${e.confidence}` }, el('span', { class: 'bar' }, el('span', { style: `width:${conf}%` })), `${conf}%`),
    ),
    el('blockquote', { class: 'evidence' }, markedRange(chars, range[0], range[1], evMarks)),
    el(
      'div',
      { class: 'spans muted' },
      `sentence ${e.sentence} · predicate ${e.evidence?.predicate?.join('–') ?? '—'} · spans ${spans || '—'} · pattern `,
      el('code', {}, e.evidence?.pattern || '—'),
      e.speaker ? ` · said by ${e.speaker.code}` : '',
    ),
  );
  return card;
}

function quoteCard(doc, chars, q, i, root) {
  const s = q.speaker;
  const text = chars.slice(q.content[0], q.content[1]).join('');
  return el(
    'article',
    {
      class: 'quote card',
      onmouseenter: () => root.querySelectorAll(`[data-q~="${i}"]`).forEach((n) => n.classList.add('q-hi')),
      onmouseleave: () => root.querySelectorAll(`[data-q~="${i}"]`).forEach((n) => n.classList.remove('q-hi')),
    },
    el('div', { class: 'event-head' }, el('span', { class: 'speaker' }, s ? s.name : 'unattributed'), s?.code ? el('span', { class: 'actor-code' }, s.code) : null, el('span', { class: 'chip' }, q.kind)),
    el('blockquote', {}, `“${text}”`),
  );
}

function actorList(doc) {
  const byCode = new Map();
  for (const a of doc.actors || []) {
    const entry = byCode.get(a.code) || { code: a.code, names: new Set(), n: 0 };
    entry.names.add(a.text);
    entry.n++;
    byCode.set(a.code, entry);
  }
  return el(
    'ul',
    { class: 'actor-list' },
    [...byCode.values()].sort((a, b) => b.n - a.n).map((a) => el('li', {}, el('span', { class: 'actor-code' }, a.code), ` ${[...a.names].join(', ')} `, el('span', { class: 'muted' }, `×${a.n}`))),
  );
}

/**
 * The annotated view of `doc`. `focus` = { sentence, span: [a, b] } highlights one event (from
 * the explorer) and scrolls to it.
 */
export function annotatedDocument(doc, focus = null) {
  const chars = codePoints(doc.text);
  const marks = collectMarks(doc);
  const paragraphs = new Map();
  for (const s of doc.sentences || []) {
    if (!paragraphs.has(s.paragraph)) paragraphs.set(s.paragraph, []);
    paragraphs.get(s.paragraph).push(s);
  }
  const text = el('div', { class: 'doc-text' });
  if (!paragraphs.size && chars.length) text.append(el('p', {}, markedRange(chars, 0, chars.length, marks)));
  for (const sentences of paragraphs.values()) {
    text.append(
      el(
        'p',
        {},
        sentences.map((s) => [el('span', { class: 'sentence', dataset: { s: s.index } }, markedRange(chars, s.span[0], s.span[1], marks)), ' ']),
      ),
    );
  }
  const root = el('div', { class: 'annotated' });
  const events = doc.events || [];
  const quotes = doc.quotes || [];
  const side = el(
    'div',
    { class: 'doc-side' },
    el('h3', {}, `Events (${events.length})`),
    events.length ? events.map((e, i) => eventCard(doc, chars, e, i, root)) : el('p', { class: 'muted' }, 'No events coded.'),
    el('h3', {}, `Quotes (${quotes.length})`),
    quotes.length ? quotes.map((q, i) => quoteCard(doc, chars, q, i, root)) : el('p', { class: 'muted' }, 'No quotes found.'),
    el('h3', {}, `Actors (${new Set((doc.actors || []).map((a) => a.code)).size})`),
    actorList(doc),
  );
  const head = el(
    'div',
    { class: 'doc-head' },
    el('h2', {}, doc.title || (doc.id ? `Document ${doc.id}` : 'Coded text')),
    el('div', { class: 'muted' }, [doc.id && `id ${doc.id}`, doc.date, doc.url].filter(Boolean).join(' · ')),
    el(
      'div',
      { class: 'legend' },
      el('span', { class: 'm-actor' }, 'actor'),
      el('sup', { class: 'code' }, 'CODE'),
      el('span', { class: 'm-quote' }, 'quote'),
      el('span', { class: 'm-speaker' }, 'speaker'),
      el('span', { class: 'm-cue' }, 'cue'),
      el('span', { class: 'm-predicate' }, 'event predicate'),
      el('span', { class: 'muted' }, '(hover an event to see its evidence)'),
    ),
    (doc.warnings || []).map((w) => el('div', { class: 'warning' }, w)),
  );
  root.append(head, el('div', { class: 'doc-grid' }, text, side));
  if (focus) {
    const i = events.findIndex((e) => e.sentence === focus.sentence && (!focus.span || (e.span[0] === focus.span[0] && e.span[1] === focus.span[1])));
    root.querySelector(`.sentence[data-s="${focus.sentence}"]`)?.classList.add('focus');
    if (i >= 0) {
      highlight(root, i, true);
      for (const n of root.querySelectorAll(`[data-ev~="${i}"]`)) n.classList.add('ev-sticky');
      root.querySelector(`.event[data-index="${i}"]`)?.classList.add('sticky');
    }
  }
  return root;
}
