import {
  assessment as seededAssessment,
  environment as savedEnvironment,
  seedAssessments,
  storedAssessments,
} from './seed';
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalogue, type ItemId, type MethodId } from '../../src/domain/catalogue-schema';
import { itemsForMethod } from '../../src/domain/applicability';
import type { Assessment, Environment, ItemStatus } from '../../src/domain/assessment';
import { SAVED_DATA_VERSION, savedDataSchema } from '../../src/domain/saved-data';
import { STORAGE_KEY } from '../../src/state/storage-key';

/*
 * WCAG 2.2 AA, checked rather than assumed: axe on every screen (Japanese, and the main ones in English) with
 * its WCAG 2.2 AA rules and its best practices (unique landmarks, headings, regions),
 * the whole journey with the keyboard alone and a visible focus indicator at every step, the layout at
 * 320 px and at 200 % zoom, reduced motion, and statuses that never rely on colour alone.
 */

const catalogue = parseCatalogue(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../data/catalogue.json', import.meta.url)), 'utf8')),
);

// src/i18n/setup.ts's key; that module imports JSON, which Playwright's loader cannot.
const LANGUAGE_KEY = 'telework-security-checklist.language';
const T = Date.UTC(2025, 3, 1, 0, 0);

// ---------------------------------------------------------------------------------------------------------
// Seeded data: one assessment whose environments between them show every status, an exclusion, a note, and
// every step of the method picker.

const AID = 'a11y';
const cycle: ItemStatus[] = ['done', 'partial', 'not-done', 'unknown', 'unanswered', 'na', 'risk-accepted'];

const environment = (id: string, name: string, method: MethodId | null, extra: Partial<Environment>) =>
  savedEnvironment(id, name, method, extra, T);

function answers(method: MethodId, count: number) {
  const ids: ItemId[] = itemsForMethod(catalogue, method)
    .slice(0, count)
    .map((i) => i.id);
  return Object.fromEntries(
    ids.map((id, i) => [
      id,
      {
        status: cycle[i % cycle.length]!,
        note: i === 0 ? '資産台帳で管理しています。' : '',
        ...(cycle[i % cycle.length] === 'risk-accepted'
          ? { risk: { reason: '代替策で対応するため', approver: '総務部長' } }
          : {}),
        updatedAt: T,
      },
    ]),
  );
}

// Two planned actions (対応中 with an owner and a date, 未着手 with neither) on items the PC left open.
const [, partialItem, notDoneItem] = itemsForMethod(catalogue, 1).map((i) => i.id);

// The review a year before, finalised: the assessment is its next review, so the comparison screen and the
// report's 前回比 have something to show.
const PREVIOUS_ID = 'a11y-2024';
const YEAR_BEFORE = T - 365 * 24 * 3600 * 1000;
const previous: Assessment = {
  id: PREVIOUS_ID,
  name: '2024年度 テレワーク点検',
  organisation: '株式会社サンプル商事',
  assessor: '総務部 山田',
  catalogueVersion: catalogue.version,
  createdAt: YEAR_BEFORE,
  updatedAt: YEAR_BEFORE,
  finalisedAt: YEAR_BEFORE,
  environments: [
    savedEnvironment('pc', '社用ノートPC', 1, { answers: answers(1, 12) }, YEAR_BEFORE),
    savedEnvironment('phone', '私用スマートフォン', 6, {}, YEAR_BEFORE),
  ],
};

const assessment: Assessment = {
  seriesId: PREVIOUS_ID,
  plans: [
    {
      itemId: partialItem!,
      action: 'MDMで全台の資産台帳を更新する',
      owner: '総務部 佐藤',
      dueOn: '2025-06-30',
      state: 'doing',
      updatedAt: T,
    },
    { itemId: notDoneItem!, action: 'OSの自動更新を有効にする', owner: '', state: 'todo', updatedAt: T },
  ],
  id: AID,
  name: '2025年度 テレワーク点検',
  organisation: '株式会社サンプル商事',
  assessor: '総務部 山田',
  catalogueVersion: catalogue.version,
  createdAt: T,
  updatedAt: T,
  environments: [
    environment('pc', '社用ノートPC', 1, {
      path: [
        { question: 'device', option: 'company' },
        { question: 'connection-company', option: 'vpn-rdp' },
      ],
      scope: { webmail: true, 'online-meetings': true },
      answers: answers(1, 20),
    }),
    environment('phone', '私用スマートフォン', 6, {
      path: [
        { question: 'device', option: 'personal' },
        { question: 'connection-personal', option: 'none' },
        { question: 'cloud-personal', option: 'yes' },
      ],
      scope: { 'online-meetings': false },
      answers: answers(6, 8),
    }),
    environment('home', '自宅PC', 3, {
      path: [
        { question: 'device', option: 'company' },
        { question: 'connection-company', option: 'none' },
        { question: 'cloud-company', option: 'no' },
      ],
    }),
    environment('new', 'タブレット', null, {}),
  ],
};

async function seed(page: Page, language: 'ja' | 'en' = 'ja') {
  const data = savedDataSchema.parse({
    assessments: [previous, assessment],
    deletedAssessments: [],
  });
  await page.addInitScript(
    ({ key, value, languageKey, language }) => {
      // Once per tab, so that what a test changes survives its own reloads.
      if (sessionStorage.getItem('a11y-seeded')) return;
      sessionStorage.setItem('a11y-seeded', '1');
      localStorage.setItem(key, value);
      localStorage.setItem(languageKey, language);
    },
    {
      key: STORAGE_KEY,
      value: JSON.stringify({ state: data, version: SAVED_DATA_VERSION }),
      languageKey: LANGUAGE_KEY,
      language,
    },
  );
}

// ---------------------------------------------------------------------------------------------------------
// Screens

const env = (eid: string, rest: string) => `#/a/${AID}/e/${eid}/${rest}`;

interface Screen {
  name: string;
  hash: string;
  /** Brings the screen into the state to check (open a dialog, expand a panel). */
  prepare?: (page: Page, lang: 'ja' | 'en') => Promise<void>;
  /** Checked under print emulation. */
  print?: boolean;
  /** A long page whose three checks (axe at full width, then 320 px and 200 % zoom) get a test each. */
  long?: boolean;
}

const labels = {
  ja: { why: 'なぜ必要か', share: '共有リンクを作る', dialog: '共有リンク' },
  en: { why: 'Why it matters', share: 'Create a share link', dialog: 'Share link' },
};

async function openWhyAndTerm(page: Page, lang: 'ja' | 'en') {
  const item = page.locator('#item-1-1');
  await item.getByRole('button', { name: labels[lang].why }).click();
  await expect(item.getByRole('button', { name: labels[lang].why })).toHaveAttribute('aria-expanded', 'true');
  const term = page.locator('.term-button').first();
  await term.click();
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  // And a key term with a wide table (10-1's 管理者権限), which has to scroll on its own at 320 px.
  const keyTerm = page.locator('#item-10-1 .term-button').first();
  await expect(keyTerm).toHaveText(lang === 'ja' ? /^管理者権限/ : /^administrator/i);
  await keyTerm.click();
  await expect(page.locator('#item-10-1 .glossary-table')).toBeVisible();
}

async function openShareDialog(page: Page, lang: 'ja' | 'en') {
  await page.getByRole('button', { name: labels[lang].share }).click();
  const dialog = page.getByRole('dialog', { name: labels[lang].dialog });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox')).toHaveValue(/#S/);
}

/** The comparison shows the seeded previous review, not the message that there is none. */
async function seesPreviousReview(page: Page) {
  await expect(page.locator('main').getByText(previous.name).first()).toBeVisible();
  await expect(page.locator('main table').first()).toBeVisible();
}

async function submitWithoutAnswer(page: Page) {
  await page.getByRole('button', { name: '次の質問へ' }).click();
  await expect(page.getByRole('alert')).toHaveText('いずれかの選択肢を選んでください。');
}

async function openRemoveDialog(page: Page) {
  await page.getByRole('button', { name: '削除（タブレット）' }).click();
  await expect(page.getByRole('dialog', { name: '環境を削除しますか？' })).toBeVisible();
}

const SCREENS_JA: Screen[] = [
  { name: 'home', hash: '' },
  { name: 'assessments list', hash: '#/assessments' },
  { name: 'assessment overview', hash: `#/a/${AID}` },
  { name: 'wizard: device question', hash: env('new', 'pick/device') },
  {
    name: 'wizard: device question, sent without an answer',
    hash: env('new', 'pick/device'),
    prepare: submitWithoutAnswer,
  },
  { name: 'wizard: company connection', hash: env('pc', 'pick/connection-company') },
  { name: 'wizard: company cloud', hash: env('home', 'pick/cloud-company') },
  { name: 'wizard: personal connection', hash: env('phone', 'pick/connection-personal') },
  { name: 'wizard: personal cloud', hash: env('phone', 'pick/cloud-personal') },
  { name: 'wizard: result', hash: env('pc', 'result') },
  { name: 'wizard: result without a method', hash: env('new', 'result') },
  { name: 'wizard: choose a method', hash: env('pc', 'choose') },
  { name: 'wizard: scope questions', hash: env('phone', 'scope') },
  {
    name: 'checklist, why and a term open',
    hash: env('pc', 'checklist'),
    prepare: openWhyAndTerm,
    long: true,
  },
  { name: 'checklist with exclusions', hash: env('phone', 'checklist'), long: true },
  { name: 'glossary', hash: '#/glossary' },
  { name: 'summary', hash: `#/a/${AID}/summary`, long: true },
  { name: 'share dialog', hash: `#/a/${AID}`, prepare: openShareDialog },
  { name: 'remove-environment dialog', hash: `#/a/${AID}`, prepare: openRemoveDialog },
  { name: 'report', hash: `#/a/${AID}/report`, long: true },
  { name: 'report, print', hash: `#/a/${AID}/report`, print: true },
  { name: 'improvement plan', hash: `#/a/${AID}/plan` },
  { name: 'comparison with the previous review', hash: `#/a/${AID}/compare`, prepare: seesPreviousReview },
  { name: 'blank checklist', hash: '#/blank/1' },
  { name: 'blank checklist, print', hash: '#/blank/6', print: true },
  { name: 'not found', hash: '#/nowhere' },
];

const SCREENS_EN: Screen[] = [
  { name: 'home', hash: '' },
  { name: 'assessment overview', hash: `#/a/${AID}` },
  { name: 'wizard: device question', hash: env('new', 'pick/device') },
  { name: 'wizard: result', hash: env('pc', 'result') },
  { name: 'wizard: scope questions', hash: env('phone', 'scope') },
  {
    name: 'checklist, why and a term open',
    hash: env('pc', 'checklist'),
    prepare: openWhyAndTerm,
    long: true,
  },
  { name: 'summary', hash: `#/a/${AID}/summary`, long: true },
  { name: 'share dialog', hash: `#/a/${AID}`, prepare: openShareDialog },
  { name: 'report, print', hash: `#/a/${AID}/report`, print: true },
  { name: 'improvement plan', hash: `#/a/${AID}/plan` },
  { name: 'comparison with the previous review', hash: `#/a/${AID}/compare`, prepare: seesPreviousReview },
];

/** Opens a screen and waits until its own content (not the loading message) is there. */
async function open(page: Page, hash: string) {
  const before = page.url();
  await page.goto(`./${hash}`);
  // The same address again is no navigation at all: start the screen afresh (closing any dialog left open).
  if (page.url() === before) await page.reload();
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(
    page.locator('main [role="status"]').filter({ hasText: /読み込んでいます|Loading/ }),
  ).toHaveCount(0);
}

/**
 * Runs axe (WCAG 2.2 AA rules and axe's best practices) and fails with every violation listed: rule, impact,
 * what to do, and each element.
 */
async function expectNoAxeViolations(page: Page, what: string, soft = false, skip: string[] = []) {
  const report = (await axeViolations(page, { tags: 'all rules', skip })).join('\n');
  (soft ? expect.soft(report, `axe on ${what}`) : expect(report, `axe on ${what}`)).toBe('');
}

test('the axe check finds what it is there to find, in the page as it is at each run', async ({ page }) => {
  await page.goto('./#/about');
  await expect(page.getByRole('heading', { level: 1, name: 'この手引きとツールについて' })).toBeVisible();
  expect(await axeViolations(page, { tags: 'all rules' })).toEqual([]);
  // The same document, broken after axe has gone into it: a field without a name, grey text on white, and a
  // second main landmark (a best practice, not a WCAG rule).
  await page.evaluate(() => {
    const extra = document.createElement('main');
    extra.id = 'broken';
    extra.innerHTML = '<input type="text"><p>薄い文字</p>';
    // Through the CSSOM: the page's Content-Security-Policy ignores style attributes.
    Object.assign(extra.querySelector('p')!.style, { color: '#bbb', background: '#fff' });
    document.body.append(extra);
  });
  const all = (await axeViolations(page, { tags: 'all rules' })).join('\n');
  expect(all).toMatch(/^label \[critical\]/m);
  expect(all).toMatch(/^color-contrast \[serious\]/m);
  expect(all).toMatch(/^landmark-no-duplicate-main /m);
  expect(all).toContain('at #broken > p');
  // A rule left out is not run.
  expect((await axeViolations(page, { tags: 'all rules', skip: ['color-contrast'] })).join('\n')).not.toMatch(
    /^color-contrast /m,
  );
  // WCAG rules only: the best practice is not among them.
  const wcag = (await axeViolations(page)).join('\n');
  expect(wcag).toMatch(/^label /m);
  expect(wcag).not.toMatch(/^landmark-no-duplicate-main /m);
  // Limited to a part of the page: the rest is not checked.
  expect(await axeViolations(page, { include: '.site-header' })).toEqual([]);
});

test('the shared-link screen has no WCAG 2.2 AA violations, for a good and a broken link', async ({
  page,
}) => {
  await seed(page);
  await open(page, `#/a/${AID}`);
  await openShareDialog(page, 'ja');
  const link = await page.getByRole('dialog').getByRole('textbox').inputValue();
  const fragment = link.split('#')[1]!;
  await open(page, `#${fragment}`);
  await expect(page.getByRole('heading', { level: 1, name: '共有された診断を開く' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'shared link, good', true);
  await open(page, '#S1broken');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page, 'shared link, broken', true);
});

// ---------------------------------------------------------------------------------------------------------
// The keyboard alone

interface FocusReport {
  ok: boolean;
  why: string;
  element: string;
}

/**
 * Whether the focused element shows a visible focus indicator (WCAG 2.4.7) that is not hidden by other content
 * (2.4.11). The indicator is an outline (or the element's own box-shadow) on the element, its label, or the
 * box that stands for it (a radio's card); it has to be rendered and at least partly on top at its spot.
 */
function focusReport(page: Page): Promise<FocusReport> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const describe = (e: Element | null) => {
      if (!e) return 'nothing';
      const name =
        e.getAttribute('aria-label') ??
        (e as HTMLInputElement).labels?.[0]?.textContent ??
        (e.textContent ?? '').trim().slice(0, 40);
      return `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ').join('.')}` : ''}> "${name}"`;
    };
    const element = describe(el);
    if (!el || el === document.body || el === document.documentElement)
      return { ok: false, why: 'the focus is on the page itself, not on a control', element };
    if (!el.matches(':focus-visible')) return { ok: false, why: ':focus-visible does not match', element };

    const candidates: Element[] = [el, ...Array.from((el as HTMLInputElement).labels ?? [])];
    for (let p = el.parentElement, i = 0; p && i < 2; p = p.parentElement, i++) candidates.push(p);
    const rendered = (c: Element) => {
      const r = c.getBoundingClientRect();
      const style = getComputedStyle(c);
      return r.width >= 4 && r.height >= 4 && style.visibility !== 'hidden' && Number(style.opacity) > 0;
    };
    const drawn = (c: Element) => {
      const style = getComputedStyle(c);
      const outline =
        style.outlineStyle !== 'none' &&
        parseFloat(style.outlineWidth) >= 2 &&
        !/rgba\(.*,\s*0\)|transparent/.test(style.outlineColor);
      return outline || (c === el && style.boxShadow !== 'none');
    };
    const indicator = candidates.find((c) => rendered(c) && drawn(c));
    if (!indicator)
      return { ok: false, why: 'no outline or box-shadow on the element, its label or its box', element };

    const r = indicator.getBoundingClientRect();
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 3, r.top + 3],
      [r.right - 3, r.top + 3],
      [r.left + 3, r.bottom - 3],
      [r.right - 3, r.bottom - 3],
    ].filter(([x, y]) => x! >= 0 && y! >= 0 && x! < window.innerWidth && y! < window.innerHeight);
    if (points.length === 0)
      return { ok: false, why: `the indicator on ${describe(indicator)} is off screen`, element };
    const onTop = points.some(([x, y]) => {
      const hit = document.elementFromPoint(x!, y!);
      return hit !== null && (indicator.contains(hit) || el.contains(hit) || hit === el);
    });
    if (!onTop) {
      const [x, y] = points[0]!;
      return {
        ok: false,
        why: `the indicator is covered by ${describe(document.elementFromPoint(x!, y!))}`,
        element,
      };
    }
    return { ok: true, why: '', element };
  });
}

async function expectVisibleFocus(page: Page, step: string) {
  const report = await focusReport(page);
  expect(report.ok, `${step}: ${report.element}: ${report.why}`).toBe(true);
}

/** Presses a key, then checks that whatever has the focus shows it. */
async function press(page: Page, key: string) {
  await page.keyboard.press(key);
  await expectVisibleFocus(page, `after ${key}`);
}

/** Presses Tab (or Shift+Tab) until the target has the focus, checking the focus indicator at every stop. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    await press(page, back ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} did not reach ${target.toString()} in ${max} presses`);
}

/** After a screen change: the new screen's main heading has the focus, as on a page load. */
async function expectScreen(page: Page, url: RegExp, heading: string | RegExp) {
  await expect(page).toHaveURL(url);
  const h1 = page.locator('main h1');
  await expect(h1).toHaveText(heading);
  await expect(h1).toBeFocused();
}

const statusGroup = (page: Page, id: string) => page.getByRole('group', { name: `${id} の実施状況` });

const KEYBOARD_PATH = [
  { question: 'device', option: 'company' },
  { question: 'connection-company', option: 'vpn-rdp' },
];
const KEYBOARD_SCOPE = {
  webmail: true,
  'online-meetings': true,
  smartphones: false,
  'data-on-device': true,
};

test.describe('keyboard only', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('home → assessment → wizard → scope questions with the keyboard alone, the focus always visible', async ({
    page,
  }) => {
    await page.goto('./');
    // By role: until the app starts, the page also holds the hidden English copy of the home screen.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // Home → start.
    await tabTo(page, page.getByRole('button', { name: '診断をはじめる' }));
    await page.keyboard.press('Enter');
    await expectScreen(page, /#\/assessments$/, '診断一覧');

    // Create an assessment: the name field comes with a name; replace it.
    await tabTo(page, page.getByRole('textbox', { name: '診断の名前' }));
    await press(page, 'ControlOrMeta+A');
    await page.keyboard.type('2025年度 テレワーク点検');
    await page.keyboard.press('Enter');
    await expectScreen(page, /#\/a\/[^/]+$/, '2025年度 テレワーク点検');
    const aid = /#\/a\/([^/]+)$/.exec(page.url())![1]!;

    // Add an environment.
    await tabTo(page, page.getByRole('textbox', { name: '環境の名前' }));
    await page.keyboard.type('社用ノートPC');
    await expectVisibleFocus(page, 'typing the environment name');
    await page.keyboard.press('Enter');
    await expectScreen(page, /\/pick\/device$/, /会社が支給したもの/);

    // The flowchart: company-issued, then VPN.
    await press(page, 'Tab');
    await expect(page.getByRole('radio', { name: '会社支給の端末' })).toBeFocused();
    await press(page, 'Space');
    await expect(page.getByRole('radio', { name: '会社支給の端末' })).toBeChecked();
    await page.keyboard.press('Enter');
    await expectScreen(page, /\/pick\/connection-company$/, /どのように接続していますか/);
    await press(page, 'Tab');
    await expect(page.getByRole('radio', { name: /VPN、リモートデスクトップ等/ })).toBeFocused();
    await press(page, 'Space');
    await page.keyboard.press('Enter');
    await expectScreen(page, /\/result$/, /^方式① /);
    await expect(page.getByText('あなたの回答から、この環境は方式①にあたります。')).toBeVisible();

    // Scope questions: web mail yes, online meetings yes, smartphones no, data on the device yes.
    await tabTo(page, page.getByRole('link', { name: '利用状況の質問に進む' }));
    await page.keyboard.press('Enter');
    await expectScreen(page, /\/scope$/, '利用状況の確認');
    const scope = (name: RegExp) => page.getByRole('group', { name });
    await press(page, 'Tab');
    await expect(scope(/Webメール/).getByRole('radio', { name: /^未回答/ })).toBeFocused();
    await press(page, 'ArrowUp');
    await press(page, 'ArrowUp');
    await expect(scope(/Webメール/).getByRole('radio', { name: 'はい' })).toBeChecked();
    await press(page, 'Tab');
    await press(page, 'ArrowUp');
    await press(page, 'ArrowUp');
    await expect(scope(/オンライン会議/).getByRole('radio', { name: 'はい' })).toBeChecked();
    await press(page, 'Tab');
    await press(page, 'ArrowUp');
    await expect(scope(/スマートフォンやタブレット/).getByRole('radio', { name: 'いいえ' })).toBeChecked();
    await press(page, 'Tab');
    await press(page, 'ArrowUp');
    await press(page, 'ArrowUp');
    await expect(scope(/会社のデータを保存/).getByRole('radio', { name: 'はい' })).toBeChecked();
    await tabTo(page, page.getByRole('link', { name: 'チェックリストを始める' }));
    await page.keyboard.press('Enter');
    await expectScreen(page, /\/checklist$/, '社用ノートPC のチェックリスト');

    // What was stored.
    const stored = savedDataSchema.parse({ assessments: await storedAssessments(page) });
    const saved = stored.assessments.find((a) => a.id === aid)!;
    expect(saved.name).toBe('2025年度 テレワーク点検');
    expect(saved.environments).toHaveLength(1);
    const pc = saved.environments[0]!;
    expect(pc.name).toBe('社用ノートPC');
    expect(pc.method).toBe(1);
    expect(pc.path).toEqual(KEYBOARD_PATH);
    expect(pc.scope).toEqual(KEYBOARD_SCOPE);
  });

  test('checklist → overview → share link with the keyboard alone, the focus always visible', async ({
    page,
  }) => {
    // Where the test above ends: one environment through the wizard, nothing answered yet.
    const aid = 'keyboard';
    await seedAssessments(page, [
      seededAssessment(
        aid,
        '2025年度 テレワーク点検',
        [savedEnvironment('pc', '社用ノートPC', 1, { path: KEYBOARD_PATH, scope: KEYBOARD_SCOPE }, T)],
        {},
        T,
      ),
    ]);
    await page.goto(`./#/a/${aid}/e/pc/checklist`);
    await expect(page.locator('main h1')).toHaveText('社用ノートPC のチェックリスト');

    // Statuses by arrow keys and by the single-key shortcuts, a note, and "why it matters".
    await tabTo(page, statusGroup(page, '1-1').getByRole('radio', { name: '未回答' }));
    await press(page, 'ArrowRight');
    await expect(statusGroup(page, '1-1').getByRole('radio', { name: '実施済み' })).toBeChecked();
    await press(page, 'Tab');
    await expect(page.getByRole('textbox', { name: '1-1 のメモ（誰が・いつ・どのように）' })).toBeFocused();
    await page.keyboard.type('資産管理台帳に全台登録済み（総務 山田、4月）');
    await expectVisibleFocus(page, 'typing a note');
    await press(page, 'Tab');
    await expect(page.locator('#item-1-1').getByRole('button', { name: 'なぜ必要か' })).toBeFocused();
    await press(page, 'Enter');
    await expect(page.locator('#item-1-1').getByRole('button', { name: 'なぜ必要か' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(page.locator('#item-1-1-why')).toBeVisible();

    await tabTo(page, statusGroup(page, '1-2').getByRole('radio', { name: '未回答' }));
    await press(page, 'ArrowRight');
    await press(page, 'ArrowRight');
    await expect(statusGroup(page, '1-2').getByRole('radio', { name: '一部実施' })).toBeChecked();
    await tabTo(page, statusGroup(page, '2-1').getByRole('radio', { name: '未回答' }));
    await press(page, '3');
    await expect(statusGroup(page, '2-1').getByRole('radio', { name: '未実施' })).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: '2-1 を「未実施」にしました。' })).toBeVisible();
    await tabTo(page, statusGroup(page, '2-2').getByRole('radio', { name: '未回答' }));
    await press(page, '4');
    await expect(statusGroup(page, '2-2').getByRole('radio', { name: 'わからない' })).toBeChecked();
    await expect(page.locator('#item-1-1 .status-pill')).toHaveText(/実施済み/);

    // Back up the page to the breadcrumb and on to the overview.
    await tabTo(
      page,
      page
        .getByRole('navigation', { name: '現在位置' })
        .getByRole('link', { name: '2025年度 テレワーク点検' }),
      {
        back: true,
      },
    );
    await page.keyboard.press('Enter');
    await expectScreen(page, new RegExp(`#/a/${aid}$`), '2025年度 テレワーク点検');

    // The share dialog: open, copy, close; the focus goes back to the button that opened it.
    const opener = page.getByRole('button', { name: '共有リンクを作る' });
    await tabTo(page, opener);
    await press(page, 'Enter');
    const dialog = page.getByRole('dialog', { name: '共有リンク' });
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    const field = dialog.getByRole('textbox', { name: '共有リンク' });
    await expect(field).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/#S2/);
    const link = await field.inputValue();
    await tabTo(page, dialog.getByRole('button', { name: 'リンクをコピー' }));
    await press(page, 'Enter');
    await expect(dialog.getByRole('status').filter({ hasText: 'コピーしました' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await tabTo(page, dialog.getByRole('button', { name: '閉じる' }));
    await press(page, 'Enter');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await expectVisibleFocus(page, 'back on the share button');

    // What was stored.
    const stored = savedDataSchema.parse({ assessments: await storedAssessments(page) });
    const pc = stored.assessments.find((a) => a.id === aid)!.environments[0]!;
    expect(pc.answers['1-1']).toMatchObject({
      status: 'done',
      note: '資産管理台帳に全台登録済み（総務 山田、4月）',
    });
    expect(pc.answers['1-2']?.status).toBe('partial');
    expect(pc.answers['2-1']?.status).toBe('not-done');
    expect(pc.answers['2-2']?.status).toBe('unknown');
  });
});

// ---------------------------------------------------------------------------------------------------------
// Reflow: 320 px wide, and 200 % zoom. A 1280 × 900 window at 200 % zoom lays the page out in 640 × 450 CSS
// pixels, so that viewport is what the zoomed page gets (a device scale factor would only sharpen the pixels).

/** Everything that sticks out sideways or is cut off, outside the regions that scroll on purpose (wide tables). */
function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      problems.push(`the page scrolls sideways: ${root.scrollWidth} px of content in ${root.clientWidth} px`);
    const describe = (e: Element) =>
      `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${typeof e.className === 'string' && e.className ? `.${e.className.split(' ').join('.')}` : ''}> "${(e.textContent ?? '').trim().slice(0, 30)}"`;
    const scrollsSideways = (e: Element) => {
      const x = getComputedStyle(e).overflowX;
      return x === 'auto' || x === 'scroll';
    };
    const hiddenOnPurpose = (e: Element) =>
      e.closest('.visually-hidden, [hidden], dialog:not([open])') !== null;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
      if (hiddenOnPurpose(el) || !el.checkVisibility()) continue;
      const r = el.getBoundingClientRect();
      // Nothing to see (or a control hidden on purpose behind the label that stands for it).
      if (r.width <= 2 || r.height <= 2) continue;
      let inScroller = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
        if (scrollsSideways(p)) inScroller = true;
      if (!inScroller && (r.right > root.clientWidth + 1 || r.left < -1))
        problems.push(`${describe(el)} reaches from ${Math.round(r.left)} to ${Math.round(r.right)} px`);
      const style = getComputedStyle(el);
      if (
        (style.overflowX === 'hidden' || style.overflowX === 'clip') &&
        el.scrollWidth > el.clientWidth + 1 &&
        !scrollsSideways(el)
      )
        problems.push(`${describe(el)} cuts off its content (${el.scrollWidth} px in ${el.clientWidth} px)`);
    }
    return problems.slice(0, 15);
  });
}

const REFLOW_VIEWPORTS = [
  { name: '320 px wide', width: 320, height: 640 },
  { name: '200 % zoom (1280 × 900 window)', width: 640, height: 450 },
];

type Check = 'axe' | (typeof REFLOW_VIEWPORTS)[number];
const describeCheck = (check: Check) =>
  check === 'axe'
    ? 'no axe violations (WCAG 2.2 AA, best practices)'
    : `reflows at ${check.name} with no axe violation`;

/*
 * Every screen, in each language: axe at full width (1280 × 720), then the same page laid out 320 px wide and at
 * 200 % zoom, checked for sideways scrolling, cut-off content and axe again (all but colour contrast). One test
 * per screen opens it once; a long screen gets one test per check, so that every test stays short. The app's
 * layout is CSS alone (no script measures the window), so a resized page is laid out exactly as one opened at
 * that size.
 */
for (const [lang, screens] of [
  ['ja', SCREENS_JA],
  ['en', SCREENS_EN],
] as const) {
  test.describe(`every screen, ${lang === 'ja' ? 'Japanese' : 'English'}`, () => {
    for (const screen of screens) {
      const name = `${screen.name}${lang === 'en' ? ' (en)' : ''}`;
      const checks: Check[] = screen.print ? ['axe'] : ['axe', ...REFLOW_VIEWPORTS];
      for (const group of screen.long ? checks.map((c) => [c]) : [checks]) {
        test(`${name}: ${group.map(describeCheck).join('; ')}`, async ({ page }) => {
          const first = group[0]!;
          if (first !== 'axe') await page.setViewportSize({ width: first.width, height: first.height });
          await seed(page, lang);
          if (screen.print) await page.emulateMedia({ media: 'print' });
          await open(page, screen.hash);
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          await screen.prepare?.(page, lang);
          for (const check of group) {
            if (check === 'axe') {
              await expectNoAxeViolations(page, name, true);
              continue;
            }
            await page.setViewportSize({ width: check.width, height: check.height });
            expect.soft(await reflowProblems(page), `${name} at ${check.name}`).toEqual([]);
            // What only a narrow window brings (a table that now scrolls, targets that now touch) is checked too.
            // Colour contrast was checked at full width: no style that depends on the window's size changes a
            // colour or a background (tests/unit/app/responsive-css.test.ts), and on the report it is most of
            // axe's time (5 of 7 s).
            await expectNoAxeViolations(page, `${name} at ${check.name}`, true, ['color-contrast']);
          }
        });
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------------------
// Motion

/** The longest transition or animation on any element or pseudo-element of the page, in seconds. */
function longestMotion(page: Page): Promise<{ seconds: number; where: string }> {
  return page.evaluate(() => {
    const seconds = (list: string) =>
      Math.max(
        ...list.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v) || 0)),
      );
    let longest = { seconds: 0, where: 'nothing' };
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        const s = Math.max(
          style.transitionProperty === 'none' ? 0 : seconds(style.transitionDuration),
          style.animationName === 'none' ? 0 : seconds(style.animationDuration),
        );
        if (s > longest.seconds)
          longest = {
            seconds: s,
            where: `${el.tagName.toLowerCase()}.${String(el.className)}${pseudo ?? ''}`,
          };
      }
    }
    return longest;
  });
}

test.describe('reduced motion', () => {
  const animated = [
    env('pc', 'checklist'),
    env('pc', 'result'),
    env('new', 'pick/device'),
    `#/a/${AID}`,
    `#/a/${AID}/summary`,
    '',
  ];

  test('without the preference, the “why it matters” arrow turns (so the check below has something to stop)', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await seed(page);
    await open(page, env('pc', 'checklist'));
    expect((await longestMotion(page)).seconds).toBeGreaterThanOrEqual(0.1);
  });

  test('with prefers-reduced-motion, nothing moves and “next unanswered” jumps without smooth scrolling', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await seed(page);
    for (const hash of animated) {
      await open(page, hash);
      const motion = await longestMotion(page);
      expect.soft(motion.seconds, `${hash || 'home'}: ${motion.where}`).toBeLessThanOrEqual(0.001);
    }
    await open(page, env('pc', 'checklist'));
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    const next = page.getByRole('button', { name: /次の未回答の項目へ/ });
    await next.click();
    // The jump is instant: straight after the click the item is already at the top of the window.
    const top = await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? -1);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(150);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Colour is never the only signal

/** The WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const STATUS_LABELS: Record<ItemStatus, string> = {
  unanswered: '未回答',
  done: '実施済み',
  partial: '一部実施',
  'not-done': '未実施',
  unknown: 'わからない',
  na: '対象外',
  'risk-accepted': 'リスク受容',
};

test.describe('colour is never the only signal', () => {
  test('every checklist item says its status in words, beside the coloured edge', async ({ page }) => {
    await seed(page);
    await open(page, env('pc', 'checklist'));
    const pc = assessment.environments[0]!;
    const seen = new Set<ItemStatus>();
    for (const item of itemsForMethod(catalogue, 1)) {
      const status = pc.answers[item.id]?.status ?? 'unanswered';
      seen.add(status);
      const article = page.locator(`#item-${item.id}`);
      await expect(article).toHaveClass(new RegExp(`check-item--${status}\\b`));
      await expect(article.locator('.status-pill')).toHaveText(`現在の状況：${STATUS_LABELS[status]}`);
      if (status !== 'na') {
        await expect(
          statusGroup(page, item.id).getByRole('radio', { name: STATUS_LABELS[status] }),
        ).toBeChecked();
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(STATUS_LABELS).sort());
    // The progress bars repeat numbers that are written out.
    for (const meter of await page.locator('.meter').all())
      await expect(meter.locator('.meter__value')).toHaveText(/\d+ ?\/ ?\d+/);
  });

  test('the summary charts have a pattern and a label for every status, and figures in words', async ({
    page,
  }) => {
    await seed(page);
    await open(page, `#/a/${AID}/summary`);
    const chart = page.locator('figure.status-chart').first();
    await expect(chart.locator('.status-chart__legend li')).toHaveText([
      '実施済み',
      '一部実施',
      '未実施',
      'わからない',
      'リスク受容',
      '未回答',
    ]);
    // Each status's fill is drawn differently, not only in another hue: the patterns differ in shape, and the two
    // plain fills (実施済み solid, 未回答 empty) differ in lightness by at least 3:1.
    const fills = await chart.locator('pattern').evaluateAll((patterns) =>
      patterns.map((p) => ({
        shape: Array.from(p.children)
          .map((c) => `${c.tagName}:${['d', 'r', 'cx', 'width'].map((a) => c.getAttribute(a)).join(',')}`)
          .join(' '),
        fill: getComputedStyle(p.children[0]!).fill,
      })),
    );
    expect(fills).toHaveLength(6);
    for (let i = 0; i < fills.length; i++)
      for (let j = i + 1; j < fills.length; j++)
        if (fills[i]!.shape === fills[j]!.shape)
          expect(contrast(fills[i]!.fill, fills[j]!.fill), `patterns ${i} and ${j}`).toBeGreaterThanOrEqual(
            3,
          );
    // Every bar has its figures written beside it, and the same numbers are in a table.
    const rows = chart.locator('.status-chart__row');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) await expect(row.locator('.status-chart__figure')).toHaveText(/\d/);
    await expect(page.locator('table').first()).toBeVisible();
    // The to-do list names each status in words.
    for (const tag of await page.locator('.status-tag').all())
      expect(Object.values(STATUS_LABELS)).toContain((await tag.textContent())?.trim());
  });

  test('the flowchart marks the route with thick lines, ✓ marks and words, not colour alone', async ({
    page,
  }) => {
    await seed(page);
    await open(page, env('pc', 'result'));
    const diagram = page.getByRole('img', { name: 'テレワーク方式を確認するフローチャート' });
    const widths = await diagram.evaluate((svg) => ({
      on: parseFloat(getComputedStyle(svg.querySelector('.flowchart__line--on')!).strokeWidth),
      off: parseFloat(
        getComputedStyle(svg.querySelector('.flowchart__line:not(.flowchart__line--on)')!).strokeWidth,
      ),
    }));
    expect(widths.on).toBeGreaterThanOrEqual(widths.off * 2);
    // The chosen answers carry a written marker, the result its own, and the route is told in words.
    const chosen = diagram.locator('.flowchart__label--on');
    await expect(chosen).toHaveCount(2);
    for (const label of await chosen.all()) await expect(label).toHaveText(/^✓/);
    await expect(diagram.locator('.flowchart__box--result .flowchart__marker')).toHaveText(/この環境の方式/);
    await expect(diagram).toHaveAccessibleDescription(/会社支給.*VPN、リモートデスクトップ等.*方式①/);
    await expect(page.locator('.flowchart__legend')).not.toBeEmpty();
    // In the wizard, the question being answered is marked in words too.
    await open(page, env('new', 'pick/device'));
    await expect(page.locator('.flowchart__box--current .flowchart__marker')).toHaveCount(1);
    await expect(page.locator('.flowchart__box--current .flowchart__marker')).not.toBeEmpty();
  });

  test('the wizard steps, scope exclusions and progress say their state in words', async ({ page }) => {
    await seed(page);
    await open(page, env('phone', 'scope'));
    const steps = page.getByRole('list', { name: /手順/ });
    await expect(steps.locator('[aria-current="step"]')).toContainText('現在の手順');
    await expect(steps.locator('.wizard-steps__step--done')).toContainText('✓');
    await expect(steps.locator('.wizard-steps__step--done')).toContainText('完了');
    for (const entry of await page.locator('.scope-excluded__item').all())
      await expect(entry.locator('.scope-excluded__status')).toHaveText(/対象外|対象に戻しています/);
    await open(page, `#/a/${AID}`);
    for (const figures of await page.locator('.progress-figures').all())
      await expect(figures.locator('dd').first()).toHaveText(/\d/);
  });
});
