import { createHash } from 'node:crypto';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';

// This spec is about what the service worker does (or fetches): let it run (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

/**
 * The privacy promise, checked: during a whole visit the page asks nothing of any host but its own (every
 * request of the page and of its service worker is recorded), and the Content-Security-Policy, which allows
 * only the app's own origin with no inline script and no eval, is never violated.
 */

interface Watch {
  requests: string[];
  violations: string[];
}

/** Records every request (the page's and the service worker's) and every CSP violation, from the first byte. */
async function watch(page: Page, context: BrowserContext): Promise<Watch> {
  const w: Watch = { requests: [], violations: [] };
  context.on('request', (r) => w.requests.push(r.url()));
  page.on('websocket', (ws) => w.requests.push(ws.url()));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) w.violations.push(`console: ${m.text()}`);
  });
  await page.exposeFunction('reportCspViolation', (v: string) => w.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation;
      report(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return w;
}

/** Requests that left the app's origin (data: and blob: URLs never leave the browser). */
function foreign(requests: string[], origin: string): string[] {
  return requests.filter(
    (u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin,
  );
}

const group = (page: Page, id: string) => page.getByRole('group', { name: `${id} の実施状況` });

test.describe('privacy', () => {
  test('the whole journey requests nothing from another origin and breaks no rule of the CSP', async ({
    page,
    context,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const w = await watch(page, context);

    // Home → assessments → create an assessment → add an environment.
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('テレワーク');
    await page.getByRole('button', { name: '診断をはじめる' }).click();
    await expect(page).toHaveURL(/#\/assessments$/);
    await page.getByLabel('診断の名前').fill('2024年度 テレワーク点検');
    await page.getByRole('button', { name: '診断を作成' }).click();
    await page.getByLabel('環境の名前').fill('社用ノートPC');
    await page.getByRole('button', { name: '追加して方式を選ぶ' }).click();

    // The wizard: a company-issued laptop over VPN is method ①.
    await expect(page).toHaveURL(/\/pick\/device$/);
    await page.getByRole('radio', { name: '会社支給の端末' }).check();
    await page.getByRole('button', { name: '次の質問へ' }).click();
    await page.getByRole('radio', { name: /VPN、リモートデスクトップ等/ }).check();
    await page.getByRole('button', { name: /次の質問へ|結果を見る/ }).click();
    await expect(page).toHaveURL(/\/result$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('方式①');

    // The checklist: set a few statuses and a note.
    await page.getByRole('link', { name: 'チェックリストを始める' }).click();
    await expect(page).toHaveURL(/\/checklist$/);
    await expect(page.getByRole('article')).toHaveCount(32);
    await group(page, '1-1').getByRole('radio', { name: '実施済み' }).check();
    await group(page, '1-2').getByRole('radio', { name: '未実施' }).check();
    await group(page, '2-1').getByRole('radio', { name: '一部実施' }).check();
    await page.getByRole('textbox', { name: /^1-1 のメモ/ }).fill('資産台帳で管理（情報システム担当）');
    await page
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: '用語集' })
      .click();
    await expect(page).toHaveURL(/#\/glossary$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // The assessment's page: summary, report, share link, export.
    await page.goBack();
    await expect(page).toHaveURL(/\/checklist$/);
    const assessmentUrl = page.url().replace(/\/e\/[^/]+\/checklist$/, '');
    await page.goto(assessmentUrl);
    await expect(page.getByRole('heading', { level: 1, name: '2024年度 テレワーク点検' })).toBeVisible();
    await page.getByRole('link', { name: '結果のまとめ' }).first().click();
    await expect(page).toHaveURL(/\/summary$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('結果のまとめ');
    await page.getByRole('link', { name: '印刷用の報告書を開く' }).click();
    await expect(page).toHaveURL(/\/report$/);
    await expect(page.getByRole('button', { name: '印刷 / PDFに保存' })).toBeVisible();

    await page.goto(assessmentUrl);
    await page.getByRole('button', { name: '共有リンクを作る' }).click();
    const dialog = page.getByRole('dialog', { name: '共有リンク' });
    const link = await dialog.getByRole('textbox', { name: '共有リンク' }).inputValue();
    expect(link).toMatch(/#S/);
    await dialog.getByRole('button', { name: '閉じる' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'JSONファイルに書き出す' }).click();
    await download;

    // Opening the share link, then English (its texts load on demand), still from this origin only.
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: '共有された診断を開く' })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await page.goto('./#/glossary');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    expect(w.violations).toEqual([]);
    expect(foreign(w.requests, origin)).toEqual([]);
    // The recording worked: the page, its scripts and the lazily loaded screens were all seen.
    expect(w.requests.filter((u) => u.endsWith('.js')).length).toBeGreaterThan(3);
  });

  test('the policy allows only the app itself: no eval, nothing from elsewhere, inline only by hash', async ({
    page,
    request,
  }) => {
    await page.goto('./');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const directives = new Map(
      (csp ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    );
    const html = await (await request.get('./')).text();
    // The page carries exactly one inline script (the language chosen before the first paint) and one inline
    // style sheet; the policy allows each by the hash of its exact text, and nothing else inline.
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
      (m) => m[1]!,
    );
    const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
    expect(inlineScripts).toHaveLength(1);
    expect(inlineStyles).toHaveLength(1);
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", hash(inlineScripts[0]!)]);
    expect(directives.get('style-src')).toEqual(["'self'", hash(inlineStyles[0]!)]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    for (const [name, values] of directives) {
      for (const v of values) {
        if (name === 'script-src' || name === 'style-src') continue;
        // Only the app's own origin (and data:/blob: for images made in the browser), never a host or a wildcard.
        expect(["'self'", "'none'", 'data:', 'blob:'], `${name} ${v}`).toContain(v);
      }
    }
    // The service worker and the manifest are allowed by the policy (they come from 'self').
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('manifest-src')).toEqual(["'self'"]);

    // No inline handlers or style attributes, which no hash allows.
    expect(html).not.toMatch(/\sstyle="/i);
    expect(html).not.toMatch(/\son[a-z]+="/i);
    // Nothing is loaded from elsewhere (a plain link the user may follow, like the source's page, is no request).
    expect(html).not.toMatch(/\ssrc="(https?:)?\/\//i);
    expect(html).not.toMatch(/<link[^>]*href="(https?:)?\/\//i);
  });

  test('the violation listener works: an inline script injected into the page is blocked and reported', async ({
    page,
    context,
  }) => {
    const w = await watch(page, context);
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true;';
      document.head.append(s);
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => w.violations.some((v) => v.startsWith('script-src'))).toBe(true);
  });
});
