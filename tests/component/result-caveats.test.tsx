import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage, setupI18n } from '../../src/i18n/setup';
import { ResultCaveats } from '../../src/ui/result-caveats';

beforeAll(async () => {
  await setupI18n();
});

describe('ResultCaveats', () => {
  it('states both caveats and opens the guide’s own sentences on request', async () => {
    await changeLanguage('ja', false);
    render(<ResultCaveats />);
    const box = screen.getByRole('complementary', { name: 'この結果について' });
    expect(within(box).getByText(/「安全である」という意味ではありません/)).toBeVisible();
    expect(within(box).getByText(/オフィスネットワーク等/)).toBeVisible();
    await userEvent.click(within(box).getByText('手引きの記載（(1) 本書の目的）'));
    expect(within(box).getByText(/必ずしも網羅的ではありませんが/)).toBeVisible();
  });

  it('speaks English when the app does', async () => {
    await changeLanguage('en', false);
    render(<ResultCaveats heading="h3" />);
    expect(
      screen.getByRole('heading', { level: 3, name: 'What this result does not say' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/not that your telework is secure/)).toBeInTheDocument();
  });
});
