import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA, the bar every screen is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe in the page and returns one line per violation: rule, impact, help and each element.
 *
 * The app has no iframes, so axe runs in the page itself (legacy mode) instead of gathering results per frame
 * and finishing them in a second blank page, which doubles the time on a large page for nothing.
 * Only violations are collected in detail: passes and inapplicable rules are not what is asserted.
 */
export async function axeViolations(
  page: Page,
  { tags = WCAG_TAGS, include }: { tags?: string[] | 'all rules'; include?: string } = {},
): Promise<string[]> {
  let builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  // 'all rules' adds axe's best practices to the WCAG rules.
  if (tags !== 'all rules') builder = builder.withTags(tags);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) =>
    [
      `${v.id} [${v.impact ?? 'n/a'}] ${v.help} (${v.helpUrl})`,
      ...v.nodes.map(
        (n) => `    at ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
      ),
    ].join('\n'),
  );
}
