import { test, expect } from '@playwright/test';

test.describe('first screen', () => {
  test('shows the product, the privacy promise, the 8 methods and the source', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('テレワーク');
    await expect(page.getByText('外部には一切送信されません')).toBeVisible();
    const methods = page.getByRole('list', { name: '8つのテレワーク方式' }).getByRole('listitem');
    await expect(methods).toHaveCount(8);
    await expect(methods.nth(0)).toContainText('方式①');
    await expect(methods.nth(0)).toContainText('会社支給端末・VPN/リモートデスクトップ方式');
    await expect(methods.nth(7)).toContainText('個人所有端末・セキュアブラウザ方式');
    await expect(page.getByRole('contentinfo')).toContainText('総務省');
    await expect(page.getByRole('contentinfo')).toContainText('第2版');
  });
});
