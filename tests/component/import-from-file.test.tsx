import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage, setupI18n } from '../../src/i18n/setup';
import { catalogue } from '../../src/catalogue';
import type { Assessment } from '../../src/domain/assessment';
import { exportAssessmentJson } from '../../src/domain/export-json';
import { useAppStore } from '../../src/state/store';
import { STORAGE_KEY } from '../../src/state/storage-key';
import { ImportFromFile } from '../../src/features/assessments/import-from-file';

const exported: Assessment = {
  id: 'exported-1',
  name: '支社の診断',
  organisation: '株式会社サンプル 大阪支社',
  assessor: '田中',
  catalogueVersion: catalogue.version,
  createdAt: 1_690_000_000_000,
  updatedAt: 1_695_000_000_000,
  environments: [
    {
      id: 'e1',
      name: '私用スマートフォン',
      method: 6,
      path: [{ question: 'device', option: 'personal' }],
      scope: { smartphones: true, 'online-meetings': false },
      overrides: ['3-3'],
      answers: {
        '9-1': { status: 'not-done', note: '<b>パスコード</b>未設定あり', updatedAt: 1_694_000_000_000 },
      },
      createdAt: 1_690_000_000_000,
      updatedAt: 1_694_000_000_000,
    },
  ],
};

const local: Assessment = { ...exported, id: 'local-1', name: '本社の診断', environments: [] };

function file(text: string, name = 'export.json'): File {
  return new File([text], name, { type: 'application/json' });
}

async function choose(f: File) {
  const user = userEvent.setup();
  render(<ImportFromFile />);
  await user.upload(screen.getByLabelText('JSONファイルから読み込む'), f);
  return user;
}

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

describe('ImportFromFile', () => {
  it('previews a valid file and adds exactly that assessment when asked', async () => {
    const user = await choose(file(exportAssessmentJson(exported, 1_696_000_000_000), '支社.json'));
    expect(await screen.findByRole('heading', { name: '読み込むファイル：支社.json' })).toBeInTheDocument();
    expect(screen.getByText('株式会社サンプル 大阪支社')).toBeInTheDocument();
    expect(screen.getByText('私用スマートフォン')).toBeInTheDocument();
    expect(screen.getByText(/メモ 1件/)).toBeInTheDocument();
    expect(useAppStore.getState().assessments).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: '開く' }));
    const [, added] = useAppStore.getState().assessments;
    expect(added).toEqual({ ...exported, id: added!.id });
    expect(window.location.hash).toBe(`#/a/${added!.id}`);
  });

  it('can replace an assessment with the file, after a confirmation', async () => {
    const user = await choose(file(exportAssessmentJson(exported, 1)));
    await user.click(await screen.findByRole('radio', { name: 'このブラウザにある診断を置き換える' }));
    await user.click(screen.getByRole('button', { name: '開く' }));
    await user.click(screen.getByRole('button', { name: '置き換える' }));
    expect(useAppStore.getState().assessments).toEqual([
      expect.objectContaining({ id: 'local-1', name: '支社の診断', environments: exported.environments }),
    ]);
  });

  it('goes back to the file picker on cancel, changing nothing', async () => {
    const user = await choose(file(exportAssessmentJson(exported, 1)));
    await user.click(await screen.findByRole('button', { name: '開かずに戻る' }));
    expect(screen.queryByRole('heading', { name: /読み込むファイル/ })).toBeNull();
    expect(useAppStore.getState().assessments).toEqual([local]);
  });

  it.each([
    ['a CSV file', 'No.,分類\r\n1-1,資産\r\n', /JSON形式のファイルではありません/],
    ['some other JSON', '{"hello":"world"}', /このアプリで書き出したJSONファイルではありません/],
    [
      'a file with wrong types',
      exportAssessmentJson({ ...exported, name: 42 } as unknown as Assessment, 1),
      /使えない値（型の違い、長すぎる文字列など）/,
    ],
    [
      'a file with an unknown item',
      exportAssessmentJson(exported, 1).replace('"9-1"', '"9-9"'),
      /チェックリストにない項目や方式/,
    ],
    [
      'a file with a __proto__ key',
      exportAssessmentJson(exported, 1).replace('"scope": {', '"scope": {"__proto__": {"admin": true},'),
      /使えない値/,
    ],
    [
      'a file from a newer app',
      exportAssessmentJson(exported, 1).replace('"version": 1', '"version": 7'),
      /新しい版のアプリ/,
    ],
  ])('explains why %s cannot be imported and changes nothing', async (_, text, message) => {
    const before = localStorage.getItem(STORAGE_KEY);
    await choose(file(text, 'broken.json'));
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: '「broken.json」は読み込めません' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('このブラウザに保存されているデータは変更されていません。');
    expect(useAppStore.getState().assessments).toEqual([local]);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});
