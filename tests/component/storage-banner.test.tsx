import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage, setupI18n } from '../../src/i18n/setup';
import { storageStatus } from '../../src/state/storage-status';
import { StorageBanner } from '../../src/ui/storage-banner';
import { SaveStatus } from '../../src/ui/save-status';
import * as download from '../../src/ui/download';

beforeAll(async () => {
  await setupI18n();
  await changeLanguage('ja', false);
});

beforeEach(() => {
  act(() => storageStatus.set({ save: 'idle', writeFailure: null, unreadable: null }));
});

describe('StorageBanner', () => {
  it('shows nothing while all is well', () => {
    const { container } = render(<StorageBanner />);
    expect(container).toBeEmptyDOMElement();
  });

  it('explains unreadable data in plain words, offers the raw text, and can be dismissed', async () => {
    const save = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    render(<StorageBanner />);
    act(() =>
      storageStatus.set({
        unreadable: {
          reason: 'not-json',
          raw: '{"state":',
          backupKey: 'k.backup-1',
          foundAt: new Date(2024, 3, 1, 12).getTime(),
        },
      }),
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('保存されていたデータを読み込めませんでした');
    expect(alert).toHaveTextContent('壊れていた');
    expect(alert).toHaveTextContent('控えとしてこのブラウザの中に残してあります');
    await userEvent.click(screen.getByRole('button', { name: '元のデータをダウンロード' }));
    expect(save).toHaveBeenCalledWith(
      'telework-checklist-unreadable-data-2024-04-01.txt',
      '{"state":',
      'text/plain',
    );
    await userEvent.click(screen.getByRole('button', { name: '閉じる' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('cannot be dismissed while the unreadable data exists nowhere but in the download', () => {
    render(<StorageBanner />);
    act(() =>
      storageStatus.set({
        unreadable: { reason: 'unrecognised', raw: '{}', backupKey: null, foundAt: 1 },
        writeFailure: 'blocked',
      }),
    );
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent('今すぐファイルとしてダウンロードしてください');
    expect(screen.queryByRole('button', { name: '閉じる' })).not.toBeInTheDocument();
  });

  it.each([
    ['quota', '保存領域がいっぱい'],
    ['unavailable', 'プライベートブラウズ'],
    ['newer-elsewhere', '新しい版'],
  ] as const)('says why changes are not saved (%s) and how to keep them', (writeFailure, why) => {
    render(<StorageBanner />);
    act(() => storageStatus.set({ save: 'failed', writeFailure }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('変更が保存されていません');
    expect(alert).toHaveTextContent(why);
    expect(alert).toHaveTextContent('データをファイルに書き出してください');
    expect(screen.getByRole('button', { name: 'すべてのデータを書き出す' })).toBeInTheDocument();
  });
});

describe('SaveStatus', () => {
  it('says nothing before the first save, then “saved”, then “not saved” when a write fails', () => {
    render(<SaveStatus />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    act(() => storageStatus.set({ save: 'saved' }));
    expect(status).toHaveTextContent('保存しました');
    act(() => storageStatus.set({ save: 'failed', writeFailure: 'quota' }));
    expect(status).toHaveTextContent('保存できていません');
    expect(status).toHaveAttribute('aria-live', 'polite');
  });
});
