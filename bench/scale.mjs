// The scale part of `npm run bench`: the same status click, note keystroke and start-up with 1 and with 100
// saved assessments, side by side in one run (see bench/README.md). Each saved assessment has 8 environments
// of method ①, every item answered with a 200-character note, stored in the app's own layout.

const ENVIRONMENTS = 8;
const NOTE_LENGTH = 200;
// 100 such assessments are about 6.9 M characters, more than Chromium's localStorage quota (about 5.2 M
// characters per site): the records are in IndexedDB (src/state/record-db.ts), only the index in localStorage.
export const SCALE_COUNTS = [1, 100];
const CLICKS = 10;
const KEYSTROKES = 20;

/**
 * The stored texts (key → text) of `count` fully noted assessments, through the app's own serialisers, so the
 * bench stores exactly what the app would.
 */
export function scaleSeed({
  count,
  key,
  items,
  catalogueVersion,
  createAssessment,
  createEnvironment,
  serializeAssessment,
  serializeIndex,
  noteChar,
}) {
  const now = Date.UTC(2025, 0, 1);
  const note = (i) =>
    `${noteChar.repeat(NOTE_LENGTH - 8)}#${String(i).padStart(7, '0')}`.slice(0, NOTE_LENGTH);
  const texts = {};
  const ids = [];
  for (let n = 0; n < count; n += 1) {
    const a = createAssessment(`規模 ${n + 1}`, catalogueVersion, now + n);
    a.environments = Array.from({ length: ENVIRONMENTS }, (_, e) => {
      const env = { ...createEnvironment(`環境 ${e + 1}`, now), method: 1 };
      items.forEach(
        (item, i) => (env.answers[item.id] = { status: 'partial', note: note(i), updatedAt: now }),
      );
      return env;
    });
    ids.push(a.id);
    texts[`${key}.a.${a.id}`] = serializeAssessment(a);
    if (n === 0) texts.first = { id: a.id, envId: a.environments[0].id };
  }
  texts[key] = serializeIndex({ ids, deletedAssessments: [] });
  return texts;
}

/**
 * Fills the app's origin with the seed, in the given (fresh) context, as the app stores it: the index in
 * localStorage, the records in IndexedDB. Returns the characters stored in each.
 */
export async function fill(page, originUrl, seed, key, db) {
  await page.goto(`${originUrl}manifest.webmanifest`);
  const records = Object.entries(seed).filter(([k]) => k !== 'first' && k !== key);
  return page.evaluate(
    async ({ key, index, records, db }) => {
      localStorage.clear();
      localStorage.setItem(key, index);
      const database = await new Promise((resolve, reject) => {
        const open = indexedDB.open(db.name, db.version);
        open.onupgradeneeded = () => open.result.createObjectStore(db.store);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = database.transaction(db.store, 'readwrite');
      for (const [k, v] of records) tx.objectStore(db.store).put(v, k);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onabort = tx.onerror = () => reject(tx.error);
      });
      database.close();
      const chars = (list) => list.reduce((n, [k, v]) => n + k.length + v.length, 0);
      // What the browser grants the site, and what it counts as used (bytes, all storage kinds).
      const { quota, usage } = await navigator.storage.estimate();
      return { local: key.length + index.length, indexedDB: chars(records), quota, usage };
    },
    { key, index: seed[key], records, db },
  );
}

/** The text of one record in IndexedDB (the journal entry in localStorage first, when there still is one). */
export function storedRecord(page, k, db) {
  return page.evaluate(
    async ({ k, db }) => {
      const journal = localStorage.getItem(k);
      if (journal !== null) return journal;
      const database = await new Promise((resolve, reject) => {
        const open = indexedDB.open(db.name, db.version);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const r = database.transaction(db.store).objectStore(db.store).get(k);
      const text = await new Promise((resolve, reject) => {
        r.onsuccess = () => resolve(r.result ?? null);
        r.onerror = () => reject(r.error);
      });
      database.close();
      return text;
    },
    { k, db },
  );
}

/**
 * Median event → next-frame time of status clicks and note keystrokes on the checklist, start-up, and the time
 * the checklist takes to show its statuses (the store loads and reads every record).
 */
export async function measureScaleRun(freshPage, browser, appUrl, seed, key, db) {
  const { context, page } = await freshPage(browser);
  try {
    const chars = await fill(page, appUrl, seed, key, db);
    const { id, envId } = seed.first;
    // Start-up: the home screen, as a visitor with this much saved data opens the app.
    await page.goto(appUrl, { waitUntil: 'load' });
    const startup = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const done = () => {
            const m = performance.getEntriesByName('app-interactive')[0];
            if (m) resolve(m.startTime);
            else setTimeout(done, 20);
          };
          done();
        }),
    );
    await page.goto(`${appUrl}#/a/${id}/e/${envId}/checklist`, { waitUntil: 'load' });
    await page.reload({ waitUntil: 'commit' });
    const radios = 'input[type=radio][name^="status-"]';
    // Polled every frame: when the checklist of the first assessment shows its statuses after the reload.
    const open = await (
      await page.waitForFunction(
        (s) => document.querySelector(s) && performance.now(),
        `${radios}[value=done]`,
        {
          polling: 'raf',
        },
      )
    ).jsonValue();
    await page.waitForSelector('textarea');
    const times = await page.evaluate(
      async ({ radios, clicks, keystrokes }) => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
        const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
        const median = (l) => [...l].sort((a, b) => a - b)[Math.floor(l.length / 2)];
        const click = [];
        const all = [...document.querySelectorAll(radios)];
        for (let i = 0; i < clicks; i += 1) {
          await settle();
          const value = i % 2 === 0 ? 'done' : 'not-done';
          const radio = all.find((r) => r.value === value && r.name === all[0].name);
          const t0 = performance.now();
          radio.click();
          click.push((await frame()) - t0);
        }
        const area = document.querySelector('textarea');
        area.focus();
        area.setSelectionRange(area.value.length, area.value.length);
        const type = [];
        for (let i = 0; i < keystrokes; i += 1) {
          await settle();
          const t0 = performance.now();
          document.execCommand('insertText', false, 'x');
          type.push((await frame()) - t0);
        }
        return { click: median(click), type: median(type) };
      },
      { radios, clicks: CLICKS, keystrokes: KEYSTROKES },
    );
    // The keystrokes really were saved, in the touched assessment's own record.
    let saved = null;
    for (let tries = 0; tries < 50 && !saved?.includes('x'.repeat(KEYSTROKES)); tries += 1) {
      if (tries > 0) await page.waitForTimeout(100);
      saved = await storedRecord(page, `${key}.a.${id}`, db);
    }
    if (!saved?.includes('x'.repeat(KEYSTROKES))) throw new Error('the note typed was not saved');
    return { ...times, startup, open, chars };
  } finally {
    await context.close();
  }
}
