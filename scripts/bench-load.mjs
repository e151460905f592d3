// The loading part of `npm run bench` (issue #12, points 3–5), called from scripts/bench.mjs:
// - first-screen bytes for a Japanese and an English browser (JS + CSS + catalogue, gzip);
// - on a slow connection (150 ms round trip, 1.6 Mbit/s down, through Network.emulateNetworkConditions), the
//   home screen (heading shown, and interactive) and deep links to a checklist, a report and a share link
//   (content shown), in Japanese and English;
// - Lighthouse mobile (performance, accessibility, best practices, SEO) for a Japanese and an English browser,
//   with Debian's Chromium through chrome-launcher.
// The build is served gzip-compressed, as static hosts serve it (the byte budget counts gzip too).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fill } from '../bench/scale.mjs';
import { groupRequestedFiles, median } from '../bench/stats.mjs';
import { serveStatic } from './static-server.mjs';

/** The slow connection of issue #12. */
export const SLOW = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6e6 / 8) | 0,
  uploadThroughput: (0.75e6 / 8) | 0,
};

export const LOAD_BUDGET = {
  /** First screen, JS + CSS + catalogue, gzip, in either language. */
  firstScreenGzip: 90 * 1024,
  /** A deep link's content against the home screen being usable (interactive), on the slow connection. */
  deepLinkRatio: 1.5,
  /** Every Lighthouse category, in either language. */
  lighthouse: 100,
};

const LOCALES = { ja: 'ja-JP', en: 'en-US' };
/** Lighthouse runs per language; the median run (by performance score) is reported. */
const LIGHTHOUSE_RUNS = 5;
const MARK = 'app-interactive';

/** A fresh context in the given language, empty cache, service worker blocked. */
async function freshPageIn(browser, lang) {
  const context = await browser.newContext({
    locale: LOCALES[lang],
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { context, page, cdp };
}

/**
 * Every file the home screen requests until it is interactive and the network is idle, by kind, raw and gzip
 * sizes from the build on disk (gzip level 9).
 */
async function firstScreenBytes(browser, url, dist, prefix, lang) {
  const { context, page } = await freshPageIn(browser, lang);
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK);
  const shownLang = await page.evaluate(() => document.documentElement.lang);
  await context.close();
  if (shownLang !== lang) throw new Error(`the ${lang} browser got a page in ${shownLang}`);
  const byKind = groupRequestedFiles(requested, { prefix, dist });
  return { ...byKind, counted: byKind.js.gzip + byKind.css.gzip + byKind.catalogue.gzip };
}

/**
 * On the slow connection, in a fresh context: milliseconds from navigation start until `selector` is visible,
 * and (for the home screen) until the app is interactive. `stored` (the seed, the app's URL, its storage key
 * and database) is put where the app of today keeps it, as a returning visitor's browser has it: the index in
 * localStorage, the records in IndexedDB (bench/scale.mjs), on a page of the origin that runs none of the app.
 * (Records seeded in localStorage would make every run measure their one-time move into IndexedDB.)
 */
async function slowLoad(browser, lang, url, selector, stored, waitMark = false) {
  const { context, page, cdp } = await freshPageIn(browser, lang);
  try {
    if (stored) await fill(page, stored.appUrl, stored.seed, stored.key, stored.db);
    await cdp.send('Network.emulateNetworkConditions', SLOW);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector(selector, { state: 'visible', timeout: 60_000 });
    const shown = await page.evaluate(() => performance.now());
    let interactive = null;
    if (waitMark) {
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, {
        timeout: 60_000,
      });
      interactive = await page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, MARK);
    }
    const shownLang = await page.evaluate(() => document.documentElement.lang);
    if (shownLang !== lang) throw new Error(`${url} opened in ${shownLang} for a ${lang} browser`);
    return { shown, interactive };
  } finally {
    await context.close();
  }
}

const benchDir = fileURLToPath(new URL('../bench/', import.meta.url));

/**
 * Imports a package only the benchmark uses. They live in bench/ with their own lock file, so that `npm ci` and
 * the tests do not download Lighthouse (about 170 MB with its dependencies); the first run installs them there.
 */
async function importBenchTool(name) {
  if (!existsSync(join(benchDir, 'node_modules', 'lighthouse'))) {
    console.log('Installing the benchmark tools into bench/node_modules (npm ci --prefix bench)…');
    execFileSync('npm', ['ci', '--prefix', benchDir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  }
  const require = createRequire(join(benchDir, 'package.json'));
  return import(pathToFileURL(require.resolve(name)).href);
}

/**
 * Lighthouse mobile (its defaults: a mid-range phone, simulated slow 4G) on `url` for a browser whose language
 * is `lang`. Returns the four scores (0–100), LCP and the text of the LCP element, which must be in `lang`.
 */
export async function lighthouse(url, lang, chromePath) {
  const { default: run } = await importBenchTool('lighthouse');
  const { launch } = await importBenchTool('chrome-launcher');
  const chrome = await launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${LOCALES[lang]}`,
      `--accept-lang=${LOCALES[lang]}`,
    ],
  });
  try {
    const result = await run(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const { lhr } = result;
    const score = (id) => Math.round((lhr.categories[id].score ?? 0) * 100);
    const below = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .map((a) => `${a.id} ${a.score}`);
    const lcpElement = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcp: lhr.audits['first-contentful-paint'].numericValue,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      lcpText: lcpElement?.nodeLabel ?? '',
      below,
    };
  } finally {
    await chrome.kill();
  }
}

/**
 * Runs every loading measurement on `dist`. `seed` holds the stored texts (key → text) of one assessment, kept
 * under `key` and in the database `db` (src/state/record-db.ts), and `paths` the deep links into it;
 * `shareFragment` is a share link's fragment (without `#`).
 */
export async function measureLoad({
  browser,
  dist,
  runs,
  seed,
  key,
  db,
  paths,
  shareFragment,
  chromePath,
  log,
  skipLighthouse = false,
}) {
  const { server, url } = await serveStatic({ mounts: { '/app/': dist }, compress: true });
  const app = `${url}app/`;
  try {
    const bytes = {};
    for (const lang of ['ja', 'en']) bytes[lang] = await firstScreenBytes(browser, app, dist, '/app/', lang);

    const stored = { appUrl: app, seed, key, db };
    const cases = {
      checklist: { url: `${app}${paths.checklist}`, selector: 'input[type=radio][value=done]' },
      report: { url: `${app}${paths.report}`, selector: '#report-title' },
      share: { url: `${app}#${shareFragment}`, selector: '.import-review__environments li' },
    };
    const slow = {};
    for (const lang of ['ja', 'en']) {
      slow[lang] = { heading: [], interactive: [], checklist: [], report: [], share: [] };
      // One unrecorded run first, so one-off browser work is not counted.
      await slowLoad(browser, lang, app, 'h1 >> visible=true', null, true);
      for (let run = 0; run < runs; run += 1) {
        log(`slow connection (${lang}), run ${run + 1}/${runs}`);
        const home = await slowLoad(browser, lang, app, 'h1 >> visible=true', null, true);
        slow[lang].heading.push(home.shown);
        slow[lang].interactive.push(home.interactive);
        for (const [name, c] of Object.entries(cases)) {
          slow[lang][name].push((await slowLoad(browser, lang, c.url, c.selector, stored)).shown);
        }
      }
    }

    // Lighthouse's own advice: its scores move from run to run, so take the median of several.
    const lighthouseScores = {};
    for (const lang of skipLighthouse ? [] : ['ja', 'en']) {
      const results = [];
      for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
        log(`Lighthouse mobile, ${lang} browser, run ${run + 1}/${LIGHTHOUSE_RUNS}…`);
        results.push(await lighthouse(app, lang, chromePath));
      }
      results.sort((a, b) => a.performance - b.performance || a.tbt - b.tbt);
      const mid = results[Math.floor(results.length / 2)];
      lighthouseScores[lang] = { ...mid, performanceRuns: results.map((x) => x.performance) };
    }
    return { bytes, slow, lighthouse: lighthouseScores };
  } finally {
    server.close();
  }
}

/** The rows of the printed table, and the budgets missed. */
export function loadRows(r, { kb, ms }) {
  const rows = [];
  const missed = [];
  const check = (ok, what) => {
    if (!ok) missed.push(what);
    return ok ? 'yes' : 'NO';
  };
  for (const lang of ['ja', 'en']) {
    const b = r.bytes[lang];
    rows.push([
      `first screen (${lang} browser): JS + CSS + catalogue, gzip`,
      `${kb(b.counted)} (JS ${kb(b.js.gzip)}, CSS ${kb(b.css.gzip)}, catalogue ${kb(b.catalogue.gzip)}; HTML ${kb(b.html.gzip)})`,
      '',
      `≤ ${kb(LOAD_BUDGET.firstScreenGzip)}`,
      check(b.counted <= LOAD_BUDGET.firstScreenGzip, `first-screen bytes (${lang})`),
    ]);
  }
  for (const lang of ['ja', 'en']) {
    const s = r.slow[lang];
    const heading = median(s.heading);
    const home = median(s.interactive);
    rows.push([`slow link (${lang}): home heading shown`, ms(heading), '', '', '']);
    rows.push([`slow link (${lang}): home interactive`, ms(home), '', '', '']);
    for (const [name, label] of [
      ['checklist', 'checklist deep link, statuses shown'],
      ['report', 'report deep link, heading shown'],
      ['share', 'share link, its contents shown'],
    ]) {
      const v = median(s[name]);
      rows.push([
        `slow link (${lang}): ${label}`,
        `${ms(v)} (${(v / heading).toFixed(2)}× the heading)`,
        `${(v / home).toFixed(2)}×`,
        `≤ ${LOAD_BUDGET.deepLinkRatio}× home interactive`,
        check(v / home <= LOAD_BUDGET.deepLinkRatio, `${name} deep link (${lang})`),
      ]);
    }
  }
  for (const lang of Object.keys(r.lighthouse)) {
    const l = r.lighthouse[lang];
    const scores = [l.performance, l.accessibility, l.bestPractices, l.seo];
    // The largest text must already be in the visitor's language (no late switch from Japanese to English).
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/.test(l.lcpText);
    rows.push([
      `Lighthouse (${lang} browser): largest element's text`,
      l.lcpText.slice(0, 60),
      '',
      `in ${lang}`,
      check(lang === 'ja' ? japanese : !japanese && l.lcpText !== '', `LCP text in ${lang}`),
    ]);
    rows.push([
      `Lighthouse mobile (${lang} browser): perf / a11y / best pr. / SEO`,
      `${scores.join(' / ')} (median of performance ${l.performanceRuns.join(', ')}; that run: FCP ${ms(l.fcp)}, LCP ${ms(l.lcp)}, TBT ${ms(l.tbt)}, CLS ${l.cls.toFixed(3)})`,
      '',
      `all ${LOAD_BUDGET.lighthouse}`,
      check(
        scores.every((s) => s >= LOAD_BUDGET.lighthouse),
        `Lighthouse (${lang})`,
      ),
    ]);
  }
  return { rows, missed };
}

/**
 * The seed and links the loading measurements need, made with the app's own modules (`load` runs a module of
 * the app in Node through Vite): one saved assessment of 8 fully noted environments (bench/scale.mjs), and a
 * share link of a fully answered ① environment.
 */
export async function loadFixtures(load, scaleSeed) {
  const { catalogue } = await load('/src/catalogue.ts');
  const { itemsForMethod } = await load('/src/domain/applicability.ts');
  const { createAssessment, createEnvironment } = await load('/src/domain/assessment.ts');
  const { STORAGE_KEY } = await load('/src/state/storage-key.ts');
  const { RECORD_DB } = await load('/src/state/record-db.ts');
  const { serializeAssessment, serializeIndex } = await load('/src/domain/saved-data.ts');
  const { encodeShareLink } = await load('/src/domain/share-link.ts');
  const items = itemsForMethod(catalogue, 1);
  const texts = scaleSeed({
    count: 1,
    key: STORAGE_KEY,
    items,
    catalogueVersion: catalogue.version,
    createAssessment,
    createEnvironment,
    serializeAssessment,
    serializeIndex,
    noteChar: 'メ',
  });
  const { first, ...seed } = texts;
  const shared = createAssessment('共有', catalogue.version, Date.UTC(2025, 0, 1));
  const env = { ...createEnvironment('会社支給ノートPC', Date.UTC(2025, 0, 1)), method: 1 };
  items.forEach(
    (item) => (env.answers[item.id] = { status: 'done', note: '', updatedAt: Date.UTC(2025, 0, 1) }),
  );
  const link = await encodeShareLink(catalogue, { ...shared, environments: [env] }, { includeText: false });
  if (!link.ok) throw new Error(`share link: ${link.error.code}`);
  return {
    seed,
    key: STORAGE_KEY,
    db: RECORD_DB,
    paths: { checklist: `#/a/${first.id}/e/${first.envId}/checklist`, report: `#/a/${first.id}/report` },
    shareFragment: link.fragment,
  };
}
