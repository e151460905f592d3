import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage, setupI18n } from '../../src/i18n/setup';
import { InAppBrowserNotice } from '../../src/features/share-link/in-app-browser-notice';

beforeAll(async () => {
  await setupI18n();
  await changeLanguage('ja', false);
});

describe('InAppBrowserNotice', () => {
  it('tells a LINE user how to open the link in the default browser and copies it', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<InAppBrowserNotice app="line" link="https://example.test/#S1abc" />);
    expect(screen.getByRole('heading', { name: 'アプリ内のブラウザで開いています' })).toBeInTheDocument();
    expect(screen.getByText(/LINEの中のブラウザ/)).toBeInTheDocument();
    expect(screen.getByText(/「︙」を押し、「ブラウザで開く」/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'リンクをコピー' }));
    expect(writeText).toHaveBeenCalledWith('https://example.test/#S1abc');
    expect(screen.getByRole('status')).toHaveTextContent('コピーしました');
  });

  it('gives other apps the share-menu route only', () => {
    render(<InAppBrowserNotice app="teams" link="https://example.test/#S1abc" />);
    expect(screen.getByText(/Microsoft Teamsの中のブラウザ/)).toBeInTheDocument();
    expect(screen.getByText(/共有メニューから「ブラウザで開く」/)).toBeInTheDocument();
    expect(screen.queryByText(/「︙」/)).toBeNull();
  });
});
