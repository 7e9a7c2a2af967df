// Browser tests of the dashboard in Debian's headless Chromium, driven by playwright-core.
//
//   node web/tests/run.mjs --base http://127.0.0.1:8080 [--out DIR] [--chromium /usr/bin/chromium]
//
// The server at --base must hold events and the demo article (crates/server/tests/dashboard.rs
// starts one). Every page is loaded fresh at laptop and phone widths; the checks: no console
// errors, the page's first render with data (timed in the browser from navigation start, and
// printed), a filter changes the explorer's results, the demo article's annotations appear, the
// timeline chart and the network have data, clicks lead where they should. Screenshots go to --out.
// --demo-doc names the stored demo article's id (default demo-seed-article). With
// --private-base URL --token T, a server whose reads need the token is checked too: the page asks
// for the token, and with it the explorer shows data.
// Exit status 0 when every check passed, 1 otherwise.

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const base = arg('--base', process.env.DYAD_BASE || 'http://127.0.0.1:8080').replace(/\/$/, '');
const out = path.resolve(arg('--out', 'target/dashboard-screenshots'));
const demoId = arg('--demo-doc', 'demo-seed-article');
const privateBase = arg('--private-base', '').replace(/\/$/, '');
const token = arg('--token', '');
const executablePath = arg('--chromium', process.env.DYAD_CHROMIUM || '/usr/bin/chromium');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const VIEWPORTS = {
  laptop: { width: 1366, height: 860 },
  phone: { width: 390, height: 844 },
};

const failures = [];
const timings = [];
const consoleErrors = [];

function check(ok, what) {
  if (!ok) failures.push(what);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
}

/** Loads `hash` in a fresh document and waits until the page says it rendered its data. */
async function open(page, hash, name) {
  await page.goto('about:blank');
  await page.goto(`${base}/${hash}`);
  await page.waitForSelector(`#app[data-rendered="${name}"]`, { timeout: 60000 });
  return page.evaluate(() => window.__dyadRendered.ms);
}

/** Waits for the next render of `name` after `action` (a hash change re-renders the page). */
async function rerender(page, name, action) {
  await page.evaluate(() => document.getElementById('app').removeAttribute('data-rendered'));
  await action();
  await page.waitForSelector(`#app[data-rendered="${name}"]`, { timeout: 60000 });
}

async function shot(page, file) {
  await page.screenshot({ path: path.join(out, file) });
}

const text = (page, selector) => page.locator(selector).first().innerText();

async function annotatePage(page, viewport) {
  const ms = await open(page, '#/annotate', 'annotate');
  timings.push({ page: 'annotate', viewport, ms });
  await rerender(page, 'annotate', () => page.click('#annotate-demo'));
  const codes = await page.locator('#annotate-result sup.code').allInnerTexts();
  check(codes.length >= 5, `[${viewport}] annotate: the demo article's actors are highlighted with codes (${codes.length})`);
  check(codes.includes('JPNGOV') && codes.some((c) => c.startsWith('PRK')), `[${viewport}] annotate: JPNGOV and PRK among the codes`);
  const events = await page.locator('#annotate-result .event.card').count();
  check(events >= 3, `[${viewport}] annotate: events listed with evidence (${events})`);
  check((await page.locator('#annotate-result .event.card blockquote.evidence').count()) === events, `[${viewport}] annotate: every event shows its evidence sentence`);
  const quotes = await page.locator('#annotate-result .quote.card').count();
  check(quotes >= 1 && (await page.locator('#annotate-result sup.said').count()) >= 1, `[${viewport}] annotate: quotes marked with their speakers (${quotes})`);
  await page.locator('#annotate-result .event.card').first().hover();
  check((await page.locator('#annotate-result .doc-text .ev-hi').count()) > 0, `[${viewport}] annotate: hovering an event highlights its evidence in the text`);
  await shot(page, `annotate-demo-${viewport}.png`);
}

async function eventsPage(page, viewport) {
  const ms = await open(page, '#/events', 'events');
  timings.push({ page: 'events', viewport, ms });
  const before = await text(page, '#events-total');
  const conflictBefore = await page.locator('#events-table tbody .badge[title="Material conflict"]').count();
  const rows = await page.locator('#events-table tbody tr').count();
  check(rows > 0, `[${viewport}] events: the table has rows (${rows}; ${before.split(' · ')[0]})`);
  await shot(page, `events-${viewport}.png`);
  if (viewport !== 'laptop') return;
  // A filter changes the results.
  await page.selectOption('#f-quad', '4');
  await rerender(page, 'events', () => page.click('#apply-filters'));
  const after = await text(page, '#events-total');
  const badges = await page.locator('#events-table tbody .badge[title="Material conflict"]').count();
  const shown = await page.locator('#events-table tbody tr').count();
  // Totals are capped on large stores ("1,000+"): the rows tell the change (before, some were
  // not material conflict; after, all are).
  check((after !== before || conflictBefore < rows) && shown > 0 && badges === shown, `[${viewport}] events: the quad filter changes the results (${before.split(' · ')[0]} → ${after.split(' · ')[0]})`);
  // Sorting by Goldstein sorts the page.
  await page.click('th[data-key="goldstein"]');
  const gs = (await page.locator('#events-table tbody td.num:nth-child(6)').allInnerTexts()).map(Number);
  check(gs.every((g, i) => i === 0 || gs[i - 1] <= g), `[${viewport}] events: clicking Goldstein sorts the rows`);
  // Keyset paging.
  const first = await page.locator('#events-table tbody tr').first().innerText();
  if (await page.locator('#page-next').isEnabled()) {
    await page.click('#page-next');
    await page.waitForFunction((f) => document.querySelector('#events-table tbody tr')?.innerText !== f, first);
    check(/ · 51–|· 26–|· 101–|· 251–/.test(await text(page, '#events-total')), `[${viewport}] events: the next page follows the first`);
  }
  // A row opens its document with the evidence highlighted.
  await rerender(page, 'doc', () => page.locator('#events-table a.doc-link').first().click());
  check((await page.locator('.sentence.focus').count()) === 1, `[${viewport}] document: the event's sentence is highlighted`);
  check((await page.locator('.event.sticky').count()) === 1, `[${viewport}] document: the event's card is marked`);
  await shot(page, `document-${viewport}.png`);
}

async function demoDocument(page, viewport) {
  // The stored demo article, opened by its id as the annotate page's "open a stored document" does.
  const ms = await open(page, `#/doc?id=${encodeURIComponent(demoId)}`, 'doc');
  timings.push({ page: 'document', viewport, ms });
  check((await page.locator('.doc-text sup.code').count()) >= 5, `[${viewport}] document: the stored demo article is annotated`);
  check((await page.locator('.doc-side .event.card').count()) >= 3, `[${viewport}] document: its events are listed`);
  await shot(page, `document-demo-${viewport}.png`);
}

async function timelinePage(page, viewport) {
  const ms = await open(page, '#/timeline', 'timeline');
  timings.push({ page: 'timeline', viewport, ms });
  const points = await page.evaluate(() => {
    const c = window.__dyadChart;
    return c ? c.data.datasets.slice(0, 4).reduce((n, d) => n + d.data.reduce((a, b) => a + b, 0), 0) : 0;
  });
  check(points > 0, `[${viewport}] timeline: the chart renders with data (${points} events)`);
  // The canvas has ink on it.
  const inked = await page.evaluate(() => {
    const c = document.getElementById('timeline-chart');
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  });
  check(inked > 1000, `[${viewport}] timeline: the chart is drawn (${inked} pixels)`);
  const box = await page.locator('#timeline-chart').boundingBox();
  // Click the busiest period: find its bar's position from the chart.
  const target = await page.evaluate(() => {
    const c = window.__dyadChart;
    const totals = c.data.labels.map((_, i) => c.data.datasets.slice(0, 4).reduce((n, d) => n + d.data[i], 0));
    const i = totals.indexOf(Math.max(...totals));
    const meta = c.getDatasetMeta(0).data[i];
    return { x: meta.x, y: c.chartArea.bottom - 5 };
  });
  await page.mouse.click(box.x + target.x, box.y + target.y);
  await page.waitForSelector('#timeline-events table tbody tr', { timeout: 30000 });
  check((await page.locator('#timeline-events tbody tr').count()) > 0, `[${viewport}] timeline: clicking a period lists its events`);
  await shot(page, `timeline-${viewport}.png`);
}

async function networkPage(page, viewport) {
  const ms = await open(page, '#/network', 'network');
  timings.push({ page: 'network', viewport, ms });
  const edges = await page.locator('#network-graph path.edge').count();
  const nodes = await page.locator('#network-graph g.node').count();
  check(edges > 0 && nodes > 1, `[${viewport}] network: ${nodes} actors and ${edges} edges drawn`);
  await shot(page, `network-${viewport}.png`);
  if (viewport !== 'laptop') return;
  const code = await page.locator('#network-graph g.node').first().getAttribute('data-code');
  await rerender(page, 'events', () => page.locator('#network-graph g.node').first().click());
  const hash = await page.evaluate(() => location.hash);
  const rows = await page.locator('#events-table tbody tr').count();
  check(hash.includes(`actor=${code}`) && rows > 0, `[${viewport}] network: clicking ${code} filters the explorer (${rows} rows)`);
}

async function quotesPage(page, viewport) {
  const ms = await open(page, '#/quotes', 'quotes');
  timings.push({ page: 'quotes', viewport, ms });
  const all = await page.locator('#quote-list .quote-item').count();
  check(all > 0, `[${viewport}] quotes: quotes listed (${all})`);
  await shot(page, `quotes-${viewport}.png`);
  if (viewport !== 'laptop' || !all) return;
  const speaker = (await page.locator('#quote-list .quote-group h3').first().innerText()).split(/\s/)[0];
  await page.fill('#q-speaker', speaker);
  await rerender(page, 'quotes', () => page.click('#quote-filters button[type="submit"]'));
  const heads = await page.locator('#quote-list .quote-group h3').allInnerTexts();
  check(heads.length > 0 && heads.every((h) => h.includes(speaker)), `[${viewport}] quotes: the speaker filter keeps ${speaker}'s quotes`);
}

/** Private reads: the explorer asks for the token, keeps it, and then shows events. */
async function privateReads(page) {
  await page.goto(`${privateBase}/#/events`);
  await page.waitForSelector('#token-form', { timeout: 30000 });
  check(true, 'private reads: the page asks for the API token');
  await page.fill('#token', token);
  await page.click('#token-form button');
  await page.waitForFunction(() => /events · 1–/.test(document.body.innerText), null, { timeout: 60000 });
  const rows = await page.locator('#events-table tbody tr').count();
  check(rows > 0 && (await page.locator('#token-form').count()) === 0, `private reads: with the token the explorer lists events (${rows})`);
  await shot(page, 'private-reads-events.png');
}

async function main() {
  fs.mkdirSync(out, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: FLAGS,
    viewport: VIEWPORTS.laptop,
  });
  try {
    for (const [viewport, size] of Object.entries(VIEWPORTS)) {
      for (const test of [annotatePage, eventsPage, demoDocument, timelinePage, networkPage, quotesPage]) {
        const page = await context.newPage();
        await page.setViewportSize(size);
        const name = `${test.name}/${viewport}`;
        page.on('console', (msg) => {
          if (msg.type() === 'error') consoleErrors.push(`${name}: ${msg.text()}`);
        });
        page.on('pageerror', (err) => consoleErrors.push(`${name}: ${err.message}`));
        try {
          await test(page, viewport);
        } catch (err) {
          check(false, `${name}: ${err.message.split('\n')[0]}`);
          await shot(page, `failed-${test.name}-${viewport}.png`).catch(() => {});
        }
        await page.close();
      }
    }
    if (privateBase) {
      const page = await context.newPage();
      // The first, token-less requests are 401s by design; anything else is an error.
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !msg.text().includes('401')) consoleErrors.push(`privateReads: ${msg.text()}`);
      });
      page.on('pageerror', (err) => consoleErrors.push(`privateReads: ${err.message}`));
      try {
        await privateReads(page);
      } catch (err) {
        check(false, `privateReads: ${err.message.split('\n')[0]}`);
        await shot(page, 'failed-private-reads.png').catch(() => {});
      }
      await page.close();
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  check(consoleErrors.length === 0, `no console errors on any page (${consoleErrors.length})`);
  for (const e of consoleErrors) console.log(`  console error: ${e}`);
  console.log('\nfirst render with data (ms from navigation start, in the browser):');
  for (const t of timings) console.log(`  ${t.page.padEnd(10)} ${t.viewport.padEnd(7)} ${t.ms.toFixed(0).padStart(6)} ms`);
  fs.writeFileSync(path.join(out, 'results.json'), JSON.stringify({ base, timings, consoleErrors, failures }, null, 2));
  console.log(`\nscreenshots and results.json in ${out}`);
  if (failures.length) {
    console.log(`\n${failures.length} check(s) failed`);
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
