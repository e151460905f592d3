// `npm run bench`: builds the app, measures it in headless Chromium side by side with a plain HTML page that
// shows the same 32 items with no framework (the practical limit), and prints one table:
// metric | app | plain page | ratio | budget | ok. Exits non-zero when a budget is missed (after the table).
// The figures also go to bench-results/latest.json. bench/README.md explains each one and keeps the latest.
//
//   npm run bench                         build (npm run build → dist/), then measure
//   node scripts/bench.mjs --skip-build --dist dist-x --runs 15   measure a build made earlier (runs ≥ 7, default 11)
//   node scripts/bench.mjs --skip-build --only scale              only the scale part (1 vs 100 saved assessments)
//   node scripts/bench.mjs --skip-build --only load               only the loading part (bytes, slow link, Lighthouse)
//
// What is measured, and how (the same for both pages):
// - Bytes: every file the first screen requests (recorded in Chromium, service worker blocked so its
//   background caching is not counted), raw and gzip level 9, read from the build on disk.
// - Loading, in a fresh browser context per run (empty cache, cache disabled), alternating which page goes
//   first, median of the runs of each:
//     FCP = the 'first-contentful-paint' entry (PerformanceObserver 'paint');
//     interactive = the later of FCP and the 'app-interactive' performance mark: a page is usable once it shows
//     something and handles input (Lighthouse's TTI likewise never comes before FCP). The app sets the mark in
//     the commit that finishes hydration (every handler attached; see src/main.tsx), the plain page as soon as
//     its one handler is attached (bench/plain.js). Both are milliseconds from navigation start.
//   One unrecorded run of each page first, so one-off browser start-up work is not counted against either.
// - Setting statuses: the checklist of an environment with method ① (the app's data seeded in localStorage),
//   and the plain page. For each of the 32 items: t0; click its 実施済み radio; read document.body.offsetHeight
//   (forces style and layout); t1. The sum of t1 − t0 counts the synchronous work of the click (React renders
//   and commits a discrete event synchronously; the store saves the touched record, to a localStorage journal
//   entry and to IndexedDB) and the layout, not the wait for the next frame. Each click first waits for a frame
//   and a task, as a person's clicks are apart. Every click is checked to have updated its item before t1, so nothing deferred slips out of the figure.
// - Share link: src/domain/share-link.ts run in Node through Vite; the characters after '#' for a fully
//   answered ① assessment (the longest of a few answer mixes) and encode/decode operations per second.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build, createServer } from 'vite';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';
import { writePlainPage } from '../bench/plain-page.mjs';
import { groupRequestedFiles, kb, median, ms, rate, sizes, table } from '../bench/stats.mjs';
import { SCALE_COUNTS, measureScaleRun, scaleSeed, storedRecord } from '../bench/scale.mjs';
import { loadFixtures, loadRows, measureLoad } from './bench-load.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

const BUDGET = {
  firstScreenGzip: 90 * 1024,
  loadingRatio: 1.5,
  statusRatio: 2,
  shareLinkLength: 32,
  /** Cost with many saved assessments against the cost with one (status click, keystroke, start-up). */
  scaleRatio: 1.5,
};
const ITEM_COUNT = 32;
const MARK = 'app-interactive';

function options() {
  const args = process.argv.slice(2);
  const value = (flag, fallback) => {
    const at = args.indexOf(flag);
    return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
  };
  const runs = Number(value('--runs', '11'));
  if (!Number.isInteger(runs) || runs < 7) throw new Error('--runs must be an integer of at least 7');
  const only = value('--only', null);
  if (only !== null && only !== 'scale' && only !== 'load')
    throw new Error('--only takes one part: scale or load');
  return { skipBuild: args.includes('--skip-build'), dist: resolve(value('--dist', 'dist')), runs, only };
}

const opts = options();
const log = (message) => console.error(`[bench] ${message}`);

if (!opts.skipBuild) {
  if (opts.dist !== resolve('dist'))
    throw new Error('without --skip-build the bench builds with npm run build into dist/');
  log('building the app (npm run build)…');
  const r = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// First, before a dev server sets NODE_ENV to development: what the production first-screen JS is made of.
const composition = opts.only ? null : await firstScreenComposition();
// The app's own TypeScript modules, run in Node through Vite (catalogue, domain, share-link codec).
const vite = await createServer({
  configFile: resolve('vite.config.ts'),
  server: { middlewareMode: true, hmr: false, watch: null },
  appType: 'custom',
  logLevel: 'error',
});
let report;
try {
  report = { ...(await measureAll(vite)), composition };
} finally {
  await vite.close();
}
printAndSave(report);

async function measureAll(vite) {
  const load = (path) => vite.ssrLoadModule(path);
  const { catalogue } = await load('/src/catalogue.ts');
  const { itemsForMethod, scopeQuestionsForMethod } = await load('/src/domain/applicability.ts');
  const { createAssessment, createEnvironment } = await load('/src/domain/assessment.ts');
  const { summarizeCatalogue } = await load('/src/domain/catalogue-summary.ts');
  const { STATUS_CHOICES } = await load('/src/features/checklist/status-shortcuts.ts');
  const { STORAGE_KEY } = await load('/src/state/storage-key.ts');
  const { RECORD_DB } = await load('/src/state/record-db.ts');
  const { SAVED_DATA_VERSION, savedDataSchema, serializeAssessment, serializeIndex } =
    await load('/src/domain/saved-data.ts');
  const statusLabels = JSON.parse(readFileSync('src/locales/ja/checklist.json', 'utf8')).status;

  const items = itemsForMethod(catalogue, 1);
  if (items.length !== ITEM_COUNT)
    throw new Error(`method ① has ${items.length} items, expected ${ITEM_COUNT}`);

  /** A fully answered ① assessment: every scope question answered, every item given one of `statusOf(i)`. */
  const assessment = (statusOf, scopeAnswer = () => true) => {
    const now = Date.UTC(2025, 0, 1);
    const a = createAssessment('ベンチマーク', catalogue.version, now);
    const env = { ...createEnvironment('会社支給ノートPC', now), method: 1 };
    for (const [i, q] of scopeQuestionsForMethod(catalogue, 1).entries()) env.scope[q.id] = scopeAnswer(i);
    items.forEach((item, i) => (env.answers[item.id] = { status: statusOf(i), note: '', updatedAt: now }));
    return { ...a, environments: [env] };
  };

  if (!opts.only) writePlainPage({ catalogue, items, statusLabels, choices: STATUS_CHOICES });

  const shareLink = opts.only ? null : await measureShareLink(load, catalogue, assessment);

  const blank = assessment(() => 'unanswered');
  blank.environments[0].answers = {};
  const seed = JSON.stringify({
    state: savedDataSchema.parse({
      assessments: [blank],
      activeAssessmentId: blank.id,
      deletedAssessments: [],
    }),
    version: SAVED_DATA_VERSION,
  });
  const checklistPath = `#/a/${blank.id}/e/${blank.environments[0].id}/checklist`;
  const scaleSeeds = SCALE_COUNTS.map((count) =>
    scaleSeed({
      count,
      key: STORAGE_KEY,
      items,
      catalogueVersion: catalogue.version,
      createAssessment,
      createEnvironment,
      serializeAssessment,
      serializeIndex,
      noteChar: 'メ',
    }),
  );

  const { server, url } = await serveStatic({ mounts: { '/app/': opts.dist, '/plain/': 'bench' } });
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const pages = {
      app: { url: `${url}app/`, checklist: `${url}app/${checklistPath}`, dist: opts.dist, prefix: '/app/' },
      plain: {
        url: `${url}plain/plain.html`,
        checklist: `${url}plain/plain.html`,
        dist: resolve('bench'),
        prefix: '/plain/',
      },
    };
    // What every report starts with, and the loading part (bytes per language, slow link, Lighthouse).
    const about = {
      date: new Date().toISOString(),
      node: process.version,
      chromium: browser.version(),
      runs: opts.runs,
    };
    const loadPart = async () =>
      measureLoad({
        browser,
        dist: opts.dist,
        runs: Math.max(3, Math.round(opts.runs / 3)),
        ...(await loadFixtures(load, scaleSeed)),
        chromePath: ensureChromium(),
        log,
      });
    if (opts.only === 'scale') {
      return {
        ...about,
        scale: await measureScale(browser, pages.app.url, scaleSeeds, STORAGE_KEY, RECORD_DB),
      };
    }
    if (opts.only === 'load') return { ...about, load: await loadPart() };
    log('recording what the first screen loads…');
    const bytes = {
      app: await firstScreenBytes(browser, pages.app),
      plain: await firstScreenBytes(browser, pages.plain),
    };
    const loading = { app: { fcp: [], tti: [], mark: [] }, plain: { fcp: [], tti: [], mark: [] } };
    const statuses = { app: [], plain: [] };
    for (const name of ['app', 'plain']) await measureLoading(browser, pages[name].url);
    for (let run = 0; run < opts.runs; run += 1) {
      log(`loading, run ${run + 1}/${opts.runs}`);
      for (const name of run % 2 === 0 ? ['app', 'plain'] : ['plain', 'app']) {
        const r = await measureLoading(browser, pages[name].url);
        loading[name].fcp.push(r.fcp);
        loading[name].tti.push(r.tti);
        loading[name].mark.push(r.mark);
      }
    }
    const scale = await measureScale(browser, pages.app.url, scaleSeeds, STORAGE_KEY, RECORD_DB);
    // Issue #12 points 3–5: bytes per language, deep links on a slow connection, Lighthouse (bench-load.mjs).
    const loading2 = await loadPart();
    await measureStatuses(browser, pages.app.checklist, {
      key: STORAGE_KEY,
      seed,
      id: blank.id,
      db: RECORD_DB,
    });
    await measureStatuses(browser, pages.plain.checklist, null);
    for (let run = 0; run < opts.runs; run += 1) {
      log(`setting 32 statuses, run ${run + 1}/${opts.runs}`);
      for (const name of run % 2 === 0 ? ['app', 'plain'] : ['plain', 'app']) {
        statuses[name].push(
          await measureStatuses(
            browser,
            pages[name].checklist,
            name === 'app' ? { key: STORAGE_KEY, seed, id: blank.id, db: RECORD_DB } : null,
          ),
        );
      }
    }
    return {
      ...about,
      catalogueSummary: sizes(Buffer.from(JSON.stringify(summarizeCatalogue(catalogue)))),
      bytes,
      loading,
      statuses,
      shareLink,
      scale,
      load: loading2,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** The scale part: 1 and 100 saved assessments, alternating, in fresh contexts (see bench/scale.mjs). */
async function measureScale(browser, appUrl, scaleSeeds, key, db) {
  const scale = Object.fromEntries(
    SCALE_COUNTS.map((n) => [n, { click: [], type: [], startup: [], open: [], chars: null }]),
  );
  const scaleRuns = Math.max(3, Math.round(opts.runs / 3));
  for (let run = 0; run < scaleRuns; run += 1) {
    log(`scale: 1 and ${SCALE_COUNTS[1]} saved assessments, run ${run + 1}/${scaleRuns}`);
    for (const i of run % 2 === 0 ? [0, 1] : [1, 0]) {
      const r = await measureScaleRun(freshPage, browser, appUrl, scaleSeeds[i], key, db);
      const m = scale[SCALE_COUNTS[i]];
      for (const k of ['click', 'type', 'startup', 'open']) m[k].push(r[k]);
      m.chars = r.chars;
    }
  }
  return scale;
}

/** A fresh context with an empty, disabled cache; the service worker blocked (see the header). */
async function freshPage(browser) {
  const context = await browser.newContext({
    locale: 'ja-JP',
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { context, page };
}

async function firstScreenBytes(browser, target) {
  const { context, page } = await freshPage(browser);
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(target.url, { waitUntil: 'networkidle' });
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK);
  await context.close();
  return groupRequestedFiles(requested, target);
}

async function measureLoading(browser, url) {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(
      (mark) =>
        new Promise((resolveTimes, reject) => {
          const times = {};
          const check = () =>
            times.fcp !== undefined &&
            times.mark !== undefined &&
            resolveTimes({ ...times, tti: Math.max(times.fcp, times.mark) });
          new PerformanceObserver((list) => {
            for (const e of list.getEntries())
              if (e.name === 'first-contentful-paint') times.fcp = e.startTime;
            check();
          }).observe({ type: 'paint', buffered: true });
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (e.name === mark) times.mark = e.startTime;
            check();
          }).observe({ type: 'mark', buffered: true });
          setTimeout(
            () => reject(new Error(`no paint or mark within 15 s: ${JSON.stringify(times)}`)),
            15_000,
          );
        }),
      MARK,
    );
  } finally {
    await context.close();
  }
}

async function measureStatuses(browser, url, storage) {
  const { context, page } = await freshPage(browser);
  try {
    if (storage) {
      await page.addInitScript(({ key, seed }) => {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, seed);
      }, storage);
    }
    await page.goto(url, { waitUntil: 'load' });
    const selector = 'input[type=radio][value=done][name^="status-"]';
    await page.waitForFunction(
      ({ selector, count }) => document.querySelectorAll(selector).length === count,
      {
        selector,
        count: ITEM_COUNT,
      },
    );
    const total = await page.evaluate(async (selector) => {
      const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      let sum = 0;
      for (const radio of document.querySelectorAll(selector)) {
        await nextFrame();
        const article = radio.closest('article');
        const t0 = performance.now();
        radio.click();
        void document.body.offsetHeight;
        const t1 = performance.now();
        // The click must have done its work by t1, or the figure would leave it out.
        if (!radio.checked || !article?.className.includes('--done')) {
          throw new Error(`item ${article?.id} was not updated synchronously: ${article?.className}`);
        }
        sum += t1 - t0;
      }
      return sum;
    }, selector);
    if (storage) {
      // The answers really were saved: 32 実施済み in the stored data.
      const saved = await storedRecord(page, `${storage.key}.a.${storage.id}`, storage.db);
      const answers = Object.values(JSON.parse(saved ?? '{}').assessment?.environments?.[0]?.answers ?? {});
      if (answers.filter((a) => a.status === 'done').length !== ITEM_COUNT)
        throw new Error('the app did not save the 32 answers');
    }
    return total;
  } finally {
    await context.close();
  }
}

async function measureShareLink(load, catalogue, assessment) {
  log('share link…');
  const { encodeShareLink, decodeShareLink } = await load('/src/domain/share-link.ts');
  const answers = ['done', 'partial', 'not-done', 'unknown', 'na'];
  // A fixed pseudo-random mix: patterns would flatter a compressing codec.
  let x = 12345;
  const mixed = Array.from(
    { length: ITEM_COUNT },
    () => answers[(x = (x * 1103515245 + 12345) % 2 ** 31) % answers.length],
  );
  const variants = {
    'all 実施済み': assessment(() => 'done'),
    mixed: assessment((i) => mixed[i]),
    'mixed, one scope answer "no"': assessment(
      (i) => mixed[i],
      (i) => i !== 0,
    ),
  };
  const lengths = {};
  for (const [name, a] of Object.entries(variants)) {
    const r = await encodeShareLink(catalogue, a, { includeText: false });
    if (!r.ok) throw new Error(`share link for "${name}": ${r.error.code}`);
    const back = await decodeShareLink(r.fragment, catalogue);
    if (!back.ok) throw new Error(`share link for "${name}" does not decode: ${JSON.stringify(back)}`);
    lengths[name] = r.fragment.length;
  }
  const sample = (await encodeShareLink(catalogue, variants.mixed, { includeText: false })).fragment;
  const encodePerSecond = await rate(() =>
    encodeShareLink(catalogue, variants.mixed, { includeText: false }),
  );
  const decodePerSecond = await rate(() => decodeShareLink(sample, catalogue));
  return { lengths, longest: Math.max(...Object.values(lengths)), sample, encodePerSecond, decodePerSecond };
}

function printScaleRuns(r) {
  const fmt = (l) => l.map((v) => v.toFixed(1)).join(' ');
  for (const [n, m] of Object.entries(r.scale)) {
    console.log(
      `  ${n} saved: click ${fmt(m.click)} | keystroke ${fmt(m.type)} | start-up ${fmt(m.startup)} | checklist opened ${fmt(m.open)}`,
    );
  }
}

/** What the first-screen JavaScript is made of, by package, from a build kept in memory. */
async function firstScreenComposition() {
  log('analysing the first-screen chunks…');
  // Kept in memory, in a folder of its own, so no build output on disk is touched.
  const outDir = mkdtempSync(join(tmpdir(), 'bench-analysis-'));
  const out = [
    await build({
      mode: 'production',
      logLevel: 'silent',
      build: { write: false, outDir, emptyOutDir: false },
    }),
  ].flat();
  rmSync(outDir, { recursive: true, force: true });
  const chunks = out.flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const first = new Set();
  const visit = (c) => {
    if (!c || first.has(c.fileName)) return;
    first.add(c.fileName);
    c.imports.forEach((f) => visit(byName.get(f)));
  };
  // The page's own entry is inside the first-screen chunk (the `app` group of vite.config.ts), not an entry.
  chunks
    .filter((c) => c.isEntry || Object.keys(c.modules).some((id) => id.endsWith('/index.html')))
    .forEach(visit);
  const parts = {};
  for (const name of first) {
    for (const [id, m] of Object.entries(byName.get(name).modules)) {
      const nm = id.lastIndexOf('node_modules/');
      let key;
      if (nm >= 0) {
        const rest = id.slice(nm + 'node_modules/'.length).split('/');
        key = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
      } else key = id.replace(root, '').replace(/^\0/, '').split('/').slice(0, 3).join('/');
      parts[key] = (parts[key] ?? 0) + m.renderedLength;
    }
  }
  const total = Object.values(parts).reduce((a, b) => a + b, 0);
  return {
    chunks: [...first],
    parts: Object.entries(parts)
      .sort((a, b) => b[1] - a[1])
      .map(([part, length]) => ({ part, share: length / total })),
  };
}

/** The scale rows of the table (1 vs 100 saved assessments). */
function scaleRows(r, check) {
  const rows = [];
  const [one, many] = SCALE_COUNTS;
  for (const [label, key] of [
    ['status click, event → next frame', 'click'],
    ['note keystroke, event → next frame', 'type'],
    ['start-up (home interactive mark)', 'startup'],
  ]) {
    const a = median(r.scale[one][key]);
    const b = median(r.scale[many][key]);
    rows.push([
      `${label}: ${one} vs ${many} saved`,
      `${ms(a)} vs ${ms(b)}`,
      '',
      `${(b / a).toFixed(2)}×`,
      `≤ ${BUDGET.scaleRatio}×`,
      check(b / a <= BUDGET.scaleRatio, `${label} at scale`),
    ]);
  }
  const a = median(r.scale[one].open);
  const b = median(r.scale[many].open);
  // Not budgeted: the first screen that shows data reads and validates every record once.
  rows.push([
    `checklist opened, statuses shown: ${one} vs ${many} saved`,
    `${ms(a)} vs ${ms(b)}`,
    '',
    `${(b / a).toFixed(2)}×`,
    '',
    '',
  ]);
  const { local, indexedDB, quota } = r.scale[many].chars;
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
  rows.push([
    `stored with ${many} saved (chars, keys included)`,
    `${indexedDB.toLocaleString('en')} in IndexedDB, ${local.toLocaleString('en')} in localStorage`,
    '',
    '',
    '',
    '',
  ]);
  rows.push([
    // The usage figure lags behind writes and counts compressed bytes: only the quota is shown.
    `site storage quota (navigator.storage.estimate)`,
    mb(quota),
    '',
    '',
    '',
    '',
  ]);
  return rows;
}

function printAndSave(r) {
  const med = (list) => median(list);
  const rows = [];
  const budgetsMissed = [];
  const check = (ok, what) => {
    if (!ok) budgetsMissed.push(what);
    return ok ? 'yes' : 'NO';
  };
  if (opts.only === 'scale') {
    console.log(
      `\nBenchmark, scale part only — ${r.date.slice(0, 10)}, Chromium ${r.chromium}, Node ${r.node}, medians\n`,
    );
    console.log(table(['metric', 'app', '', 'ratio', 'budget', 'ok'], scaleRows(r, check)));
    printScaleRuns(r);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(
      'bench-results/scale.json',
      `${JSON.stringify({ ...r, budgets: BUDGET, budgetsMissed }, null, 2)}\n`,
    );
    console.log('\nWritten to bench-results/scale.json.');
    if (budgetsMissed.length > 0) {
      console.log(`\nBudget missed: ${budgetsMissed.join(', ')}.`);
      process.exit(1);
    }
    console.log('\nEvery scale budget is met.');
    return;
  }
  if (opts.only === 'load') {
    console.log(
      `\nBenchmark, loading part only — ${r.date.slice(0, 10)}, Chromium ${r.chromium}, Node ${r.node}, medians\n`,
    );
    const load = loadRows(r.load, { kb, ms });
    console.log(table(['metric', 'app', 'ratio', 'budget', 'ok'], load.rows));
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(
      'bench-results/load.json',
      `${JSON.stringify({ ...r, budgetsMissed: load.missed }, null, 2)}\n`,
    );
    console.log('\nWritten to bench-results/load.json.');
    if (load.missed.length > 0) {
      console.log(`\nBudget missed: ${load.missed.join(', ')}.`);
      process.exit(1);
    }
    console.log('\nEvery loading budget is met.');
    return;
  }
  const size = (s) => `${kb(s.raw)} raw, ${kb(s.gzip)} gzip`;
  const { app, plain } = r.bytes;
  for (const [label, key] of [
    ['first screen: HTML', 'html'],
    ['first screen: JS', 'js'],
    ['first screen: CSS', 'css'],
    ['first screen: catalogue file', 'catalogue'],
    ['first screen: other files', 'other'],
  ]) {
    rows.push([label, size(app[key]), size(plain[key]), '', '', '']);
  }
  rows.push([`(catalogue summary inlined in the JS)`, size(r.catalogueSummary), '', '', '', '']);
  const counted = app.js.gzip + app.css.gzip + app.catalogue.gzip;
  rows.push([
    'first screen: JS + CSS + catalogue, gzip',
    kb(counted),
    kb(plain.js.gzip + plain.css.gzip + plain.catalogue.gzip),
    '',
    `≤ ${kb(BUDGET.firstScreenGzip)}`,
    check(counted <= BUDGET.firstScreenGzip, 'first-screen bytes'),
  ]);
  const everything = (b) => b.html.gzip + b.js.gzip + b.css.gzip + b.catalogue.gzip + b.other.gzip;
  rows.push(['first screen: everything, gzip', kb(everything(app)), kb(everything(plain)), '', '', '']);

  for (const [label, key] of [
    ['first contentful paint (median)', 'fcp'],
    ['interactive: later of FCP and ready (median)', 'tti'],
  ]) {
    const a = med(r.loading.app[key]);
    const p = med(r.loading.plain[key]);
    rows.push([
      label,
      ms(a),
      ms(p),
      `${(a / p).toFixed(2)}×`,
      `≤ ${BUDGET.loadingRatio}×`,
      check(a / p <= BUDGET.loadingRatio, label),
    ]);
  }
  const sa = med(r.statuses.app);
  const sp = med(r.statuses.plain);
  rows.push([
    'set 32 statuses, click → layout (median)',
    ms(sa),
    ms(sp),
    `${(sa / sp).toFixed(2)}×`,
    `≤ ${BUDGET.statusRatio}×`,
    check(sa / sp <= BUDGET.statusRatio, 'setting statuses'),
  ]);
  rows.push(...scaleRows(r, check).slice(0, -2));
  const load = loadRows(r.load, { kb, ms });
  for (const [label, value, ratio, budget, ok] of load.rows) rows.push([label, value, '', ratio, budget, ok]);
  budgetsMissed.push(...load.missed);
  rows.push(...scaleRows(r, () => '').slice(-2));
  rows.push([
    'share link, ① fully answered (chars after #)',
    String(r.shareLink.longest),
    '',
    '',
    `≤ ${BUDGET.shareLinkLength}`,
    check(r.shareLink.longest <= BUDGET.shareLinkLength, 'share-link length'),
  ]);
  rows.push([
    'share link: encode',
    `${Math.round(r.shareLink.encodePerSecond).toLocaleString('en')} /s`,
    '',
    '',
    '',
    '',
  ]);
  rows.push([
    'share link: decode',
    `${Math.round(r.shareLink.decodePerSecond).toLocaleString('en')} /s`,
    '',
    '',
    '',
    '',
  ]);

  console.log(
    `\nBenchmark — ${r.date.slice(0, 10)}, ${r.chromium ? `Chromium ${r.chromium}` : 'Chromium'}, Node ${r.node}, ${r.runs} runs per page, medians\n`,
  );
  console.log(table(['metric', 'app', 'plain page', 'ratio', 'budget', 'ok'], rows));
  console.log('\nAll runs (ms):');
  for (const name of ['app', 'plain']) {
    const fmt = (l) => l.map((v) => v.toFixed(1)).join(' ');
    console.log(
      `  ${name.padEnd(5)} FCP ${fmt(r.loading[name].fcp)} | ready mark ${fmt(r.loading[name].mark)} | statuses ${fmt(r.statuses[name])}`,
    );
  }
  printScaleRuns(r);
  console.log(
    `\nShare link lengths: ${Object.entries(r.shareLink.lengths)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')}`,
  );
  console.log(`  e.g. #${r.shareLink.sample}`);
  console.log('\nFirst-screen JS by part (share of the code before minification):');
  console.log(`  chunks: ${r.composition.chunks.join(', ')}`);
  for (const { part, share } of r.composition.parts.filter((p) => p.share >= 0.005)) {
    console.log(`  ${(share * 100).toFixed(1).padStart(5)}%  ${part}`);
  }
  console.log(
    '  Files:',
    Object.values(app)
      .flatMap((g) => g.files.map((f) => `${f.file} (${kb(f.gzip)} gzip)`))
      .join(', '),
  );

  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/latest.json',
    `${JSON.stringify({ ...r, budgets: BUDGET, budgetsMissed, medians: { loading: { app: { fcp: med(r.loading.app.fcp), tti: med(r.loading.app.tti) }, plain: { fcp: med(r.loading.plain.fcp), tti: med(r.loading.plain.tti) } }, statuses: { app: sa, plain: sp } } }, null, 2)}\n`,
  );
  console.log('\nWritten to bench-results/latest.json.');
  if (budgetsMissed.length > 0) {
    console.log(`\nBudget missed: ${budgetsMissed.join(', ')}.`);
    process.exit(1);
  }
  console.log('\nEvery budget is met.');
}
