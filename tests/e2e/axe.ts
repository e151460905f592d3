import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

/** WCAG 2.2 AA, the bar every screen is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

declare global {
  interface Window {
    axe?: { run: (context: ElementContext, options: RunOptions) => Promise<AxeResults> };
  }
}

/**
 * Runs axe-core in the page and returns one line per violation: rule, impact, help and each element.
 *
 * axe-core goes into the page once per document, and runs there as often as a test asks, against the page as
 * it is then (@axe-core/playwright injected its 580 KB twice before every run, which cost more than most runs
 * themselves). The app has no iframes, so there are no frames to gather results from. Only violations are
 * collected in detail, and only the lines to report come back from the page: passes and inapplicable rules
 * are not what is asserted.
 */
export async function axeViolations(
  page: Page,
  {
    tags = WCAG_TAGS,
    include,
    skip = [],
  }: { tags?: string[] | 'all rules'; include?: string; skip?: string[] } = {},
): Promise<string[]> {
  if (!(await page.evaluate(() => typeof window.axe?.run === 'function'))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, include, skip }) => {
      const results = await window.axe!.run(include ? { include: [include] } : document, {
        resultTypes: ['violations'],
        // 'all rules': axe's best practices as well as the WCAG rules (every rule axe runs by default).
        ...(tags === 'all rules' ? {} : { runOnly: { type: 'tag', values: tags } }),
        rules: Object.fromEntries(skip.map((rule) => [rule, { enabled: false }])),
      });
      return results.violations.map((v) =>
        [
          `${v.id} [${v.impact ?? 'n/a'}] ${v.help} (${v.helpUrl})`,
          ...v.nodes.map(
            (n) =>
              `    at ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
          ),
        ].join('\n'),
      );
    },
    { tags, include, skip },
  );
}
