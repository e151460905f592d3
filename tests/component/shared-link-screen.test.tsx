import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage, setupI18n } from '../../src/i18n/setup';
import { catalogue } from '../../src/catalogue';
import { itemsForMethod } from '../../src/domain/applicability';
import type { Assessment } from '../../src/domain/assessment';
import { encodeShareLink } from '../../src/domain/share-link';
import { useAppStore } from '../../src/state/store';
import { STORAGE_KEY } from '../../src/state/storage-key';
import { App } from '../../src/app/app';

const shared: Assessment = {
  id: 'sender',
  name: '<img src=x onerror="alert(1)">本社の点検',
  organisation: '株式会社サンプル',
  assessor: '山田',
  catalogueVersion: catalogue.version,
  createdAt: 1,
  updatedAt: 1,
  environments: [
    {
      id: 'e1',
      name: '社用ノートPC',
      method: 1,
      path: [],
      scope: {},
      overrides: [],
      answers: {
        ...Object.fromEntries(
          itemsForMethod(catalogue, 1)
            .slice(0, 16)
            .map((i) => [i.id, { status: 'done' as const, note: '', updatedAt: 1 }]),
        ),
        '1-1': { status: 'not-done', note: '<script>alert("x")</script>台帳なし', updatedAt: 1 },
      },
      createdAt: 1,
      updatedAt: 1,
    },
  ],
};

const local: Assessment = {
  id: 'local-1',
  name: '自分の診断',
  organisation: '自社',
  assessor: '佐藤',
  catalogueVersion: catalogue.version,
  createdAt: 1,
  updatedAt: 1,
  environments: [
    {
      id: 'le1',
      name: '営業用PC',
      method: 1,
      path: [],
      scope: {},
      overrides: [],
      answers: {},
      createdAt: 1,
      updatedAt: 1,
    },
  ],
};

async function fragmentFor(a: Assessment, includeText: boolean): Promise<string> {
  const r = await encodeShareLink(catalogue, a, { includeText });
  if (!r.ok) throw new Error('encode failed');
  return r.fragment;
}

function openApp(fragment: string) {
  window.history.replaceState(null, '', `#${fragment}`);
  return render(<App />);
}

const stored = () => localStorage.getItem(STORAGE_KEY);

beforeAll(async () => {
  await setupI18n();
  await changeLanguage('ja', false);
});

beforeEach(() => {
  useAppStore.setState({
    assessments: [structuredClone(local)],
    lastUndo: null,
  });
});

afterEach(async () => {
  await changeLanguage('ja', false);
});

describe('SharedLinkScreen', () => {
  it('previews the shared assessment and changes nothing until the user chooses', async () => {
    const before = stored();
    openApp(await fragmentFor(shared, true));
    expect(
      await screen.findByRole('heading', { level: 1, name: '共有された診断を開く' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('<img src=x onerror="alert(1)">本社の点検')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('株式会社サンプル')).toBeInTheDocument();
    expect(screen.getByText('社用ノートPC')).toBeInTheDocument();
    expect(screen.getByText('会社支給端末・VPN/リモートデスクトップ方式')).toBeInTheDocument();
    expect(screen.getByText(/回答済み 16 \/ 32件（50%）・実施済み 15件/)).toBeInTheDocument();
    expect(screen.getByText('診断名・組織名・環境名・メモが含まれています。')).toBeInTheDocument();
    expect(useAppStore.getState().assessments).toEqual([local]);
    expect(stored()).toBe(before);
  });

  it('opens the link as a new assessment, replacing the link in history with its overview', async () => {
    const user = userEvent.setup();
    openApp(await fragmentFor(shared, true));
    const choices = await screen.findByRole('group', { name: '開き方' });
    expect(within(choices).getByRole('radio', { name: '新しい診断として追加する' })).toBeChecked();
    const entries = window.history.length;
    await user.click(screen.getByRole('button', { name: '開く' }));
    // Replaced, not pushed: going back does not land on the link again, and a reload does not ask again.
    expect(window.history.length).toBe(entries);

    const assessments = useAppStore.getState().assessments;
    expect(assessments).toHaveLength(2);
    const added = assessments[1]!;
    expect(added.name).toBe(shared.name);
    expect(added.environments[0]!.answers['1-1']).toMatchObject({
      status: 'not-done',
      note: '<script>alert("x")</script>台帳なし',
    });
    expect(window.location.hash).toBe(`#/a/${added.id}`);
    // The overview is a screen of its own, loaded (and, under Vitest, compiled) on first use.
    expect(
      await screen.findByRole('heading', { level: 1, name: shared.name }, { timeout: 5_000 }),
    ).toBeInTheDocument();
  });

  it('gives an assessment without names a name saying where it came from', async () => {
    const user = userEvent.setup();
    openApp(await fragmentFor(shared, false));
    expect(
      await screen.findByText('診断名・組織名・環境名・メモは含まれていません（方式と回答のみ）。'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '開く' }));
    expect(useAppStore.getState().assessments[1]!.name).toMatch(/^共有リンクから開いた診断（.+）$/);
  });

  it('replaces a local assessment after a confirmation, keeping its names, with an undo', async () => {
    const user = userEvent.setup();
    openApp(await fragmentFor(shared, false));
    await user.click(await screen.findByRole('radio', { name: 'このブラウザにある診断を置き換える' }));
    expect(screen.getByRole('combobox', { name: '置き換える診断' })).toHaveValue('local-1');
    await user.click(screen.getByRole('button', { name: '開く' }));
    expect(useAppStore.getState().assessments).toEqual([local]);

    expect(screen.getByRole('heading', { name: '置き換えの確認' })).toBeInTheDocument();
    expect(
      screen.getByText(/「自分の診断」の環境・回答・メモを、この内容で置き換えます/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '置き換える' }));

    const [replaced] = useAppStore.getState().assessments;
    expect(replaced).toMatchObject({ id: 'local-1', name: '自分の診断', organisation: '自社' });
    expect(replaced!.environments[0]).toMatchObject({ name: '営業用PC', method: 1 });
    expect(replaced!.environments[0]!.answers['1-1']!.status).toBe('not-done');
    expect(window.location.hash).toBe('#/a/local-1');
    expect(
      await screen.findByText('診断「自分の診断」を、共有リンクまたはファイルの内容で置き換えました。'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '元に戻す' }));
    expect(useAppStore.getState().assessments[0]!.environments[0]!.answers).toEqual({});
  });

  it('goes back without opening and changes nothing', async () => {
    const user = userEvent.setup();
    const before = stored();
    openApp(await fragmentFor(shared, true));
    await user.click(await screen.findByRole('button', { name: '開かずに戻る' }));
    expect(window.location.hash).toBe('#/assessments');
    expect(useAppStore.getState().assessments).toEqual([local]);
    expect(stored()).toBe(before);
  });

  it('explains a tampered link, changes nothing and keeps the app usable', async () => {
    const user = userEvent.setup();
    const before = stored();
    const fragment = await fragmentFor(shared, false);
    const tampered = fragment.slice(0, 10) + (fragment[10] === 'A' ? 'B' : 'A') + fragment.slice(11);
    openApp(tampered);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('このリンクは開けません');
    expect(alert).toHaveTextContent('このリンクは改ざんされているか、壊れています。');
    expect(alert).toHaveTextContent('このブラウザに保存されているデータは変更されていません。');
    expect(useAppStore.getState().assessments).toEqual([local]);
    expect(stored()).toBe(before);
    await user.click(within(alert).getByRole('link', { name: '診断一覧へ' }));
    expect(await screen.findByRole('heading', { level: 1, name: '診断一覧' })).toBeInTheDocument();
  });

  it('names the problem of a truncated, newer, oversized or foreign link', async () => {
    const fragment = await fragmentFor(shared, true);
    const cases: [string, RegExp][] = [
      [fragment.slice(0, -7), /リンクが途中で切れています/],
      ['S9AAAA', /新しい版のアプリで作られた/],
      [`S1${'A'.repeat(70_000)}`, /大きすぎる/],
      ['hello', /共有リンクの形になっていません/],
    ];
    for (const [bad, message] of cases) {
      const view = openApp(bad);
      expect(await screen.findByRole('alert')).toHaveTextContent(message);
      view.unmount();
    }
    expect(useAppStore.getState().assessments).toEqual([local]);
  });

  it('opens a link made in Japanese in English: links carry ids, not words', async () => {
    await changeLanguage('en', false);
    openApp(await fragmentFor(shared, false));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Open a shared assessment' }),
    ).toBeInTheDocument();
    expect(await screen.findByText(catalogue.methods[0]!.name.en)).toBeInTheDocument();
    expect(screen.getByText(/16 of 32 items answered \(50%\)/)).toBeInTheDocument();
  });

  it('switches to the link when one is pasted into the address bar of an open app', async () => {
    window.history.replaceState(null, '', '#/');
    render(<App />);
    const fragment = await fragmentFor(shared, true);
    await act(async () => {
      window.location.hash = fragment;
      await Promise.resolve();
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: '共有された診断を開く' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('株式会社サンプル')).toBeInTheDocument();
  });
});
