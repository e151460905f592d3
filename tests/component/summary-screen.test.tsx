import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage, setupI18n } from '../../src/i18n/setup';
import { catalogue } from '../../src/catalogue';
import { itemsForMethod } from '../../src/domain/applicability';
import type { Environment, ItemId, ItemStatus } from '../../src/domain/assessment';
import { answers, makeAssessment, makeEnvironment } from '../fixtures/assessments';
import { useAppStore } from '../../src/state/store';
import { SummaryScreen } from '../../src/features/summary-report/summary-screen';

const AID = 'a1';

function env(
  id: string,
  name: string,
  method: Environment['method'],
  statuses: Partial<Record<ItemId, ItemStatus>>,
): Environment {
  return makeEnvironment({ id, name, method, answers: answers(statuses) });
}

const allDone = (method: 1 | 6) =>
  Object.fromEntries(itemsForMethod(catalogue, method).map((i) => [i.id, 'done' as const]));

function seed(environments: Environment[]) {
  const assessment = makeAssessment({ id: AID, name: '本社の点検', environments });
  useAppStore.setState({ assessments: [assessment] });
}

beforeAll(async () => {
  await setupI18n();
  await changeLanguage('ja', false);
});

beforeEach(() =>
  seed([
    env('pc', '社用PC', 1, { ...allDone(1), '4-1': 'unknown', '10-2': 'not-done', '2-1': 'partial' }),
    env('phone', '私用スマホ', 6, { ...allDone(6), '2-1': 'not-done' }),
  ]),
);

describe('SummaryScreen', () => {
  it('gives the headline figures for ◎ and ○ apart, and the size of the to-do list', () => {
    render(<SummaryScreen assessmentId={AID} />);
    expect(
      screen.getByRole('heading', { level: 1, name: '「本社の点検」の結果のまとめ' }),
    ).toBeInTheDocument();
    const high =
      itemsForMethod(catalogue, 1).filter((i) => i.priority === '◎').length +
      itemsForMethod(catalogue, 6).filter((i) => i.priority === '◎').length;
    // ◎ not done: 4-1 (pc), 2-1 (pc and phone).
    expect(screen.getByText(`実施済み ${high - 3} / ${high}件`)).toBeInTheDocument();
    expect(screen.getByText('3件')).toBeInTheDocument();
    expect(screen.getByText('うち要確認 1件')).toBeInTheDocument();
  });

  it('draws each breakdown as a chart with the same figures in a table', () => {
    render(<SummaryScreen assessmentId={AID} />);
    for (const title of [
      '環境別・優先度別の実施状況',
      '分類別の実施状況（すべての環境の合計）',
      '想定される脅威別の実施状況（すべての環境の合計）',
    ]) {
      expect(
        screen.getByRole('img', { name: new RegExp(`^${title.replace(/[()（）]/g, '.')}。`) }),
      ).toBeInTheDocument();
      expect(screen.getByRole('table', { name: `${title}（表）` })).toBeInTheDocument();
    }
    const byEnv = screen.getByRole('table', { name: '環境別・優先度別の実施状況（表）' });
    expect(within(byEnv).getByRole('rowheader', { name: '全体（すべての環境の合計）' })).toBeInTheDocument();
    expect(within(byEnv).getByRole('rowheader', { name: '社用PC（方式①）' })).toBeInTheDocument();
    expect(within(byEnv).getByRole('rowheader', { name: '私用スマホ（方式⑥）' })).toBeInTheDocument();
    const categories = screen.getByRole('table', { name: '分類別の実施状況（すべての環境の合計）（表）' });
    expect(within(categories).getAllByRole('row')).toHaveLength(11);
    const threats = screen.getByRole('table', {
      name: '想定される脅威別の実施状況（すべての環境の合計）（表）',
    });
    expect(within(threats).getAllByRole('row')).toHaveLength(5);
  });

  it('narrows the category and threat figures to one environment', async () => {
    const user = userEvent.setup();
    render(<SummaryScreen assessmentId={AID} />);
    await user.selectOptions(
      screen.getByRole('combobox', { name: '分類別・脅威別の集計対象' }),
      '私用スマホ（方式⑥）',
    );
    const categories = screen.getByRole('table', { name: '分類別の実施状況（私用スマホ（方式⑥））（表）' });
    const malware = within(categories).getByRole('row', { name: /^マルウェア対策/ });
    // Method 6 has 2-1, 2-2, 2-3; only 2-1 is not done on the phone.
    expect(
      within(malware)
        .getAllByRole('cell')
        .slice(0, 4)
        .map((c) => c.textContent),
    ).toEqual(['3', '2', '0', '1']);
  });

  it('lists what is not implemented, ◎ first, with the threats and environments it concerns', () => {
    render(<SummaryScreen assessmentId={AID} />);
    const high = screen.getByRole('heading', { name: '優先度◎（2件）' });
    const normal = screen.getByRole('heading', { name: '優先度○（1件）' });
    expect(high.compareDocumentPosition(normal) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const entries = screen.getAllByRole('listitem').filter((li) => li.classList.contains('todo-entry'));
    expect(entries.map((e) => e.querySelector('.todo-entry__id')?.textContent)).toEqual([
      '2-1',
      '4-1',
      '10-2',
    ]);
    const first = entries[0]!;
    expect(first).toHaveTextContent('マルウェア感染');
    expect(within(first).getByRole('link', { name: '社用PC（方式①）' })).toHaveAttribute(
      'href',
      `#/a/${AID}/e/pc/checklist`,
    );
    expect(within(first).getByRole('link', { name: '私用スマホ（方式⑥）' })).toBeInTheDocument();
    expect(within(entries[1]!).getByText('要確認')).toBeInTheDocument();
    expect(within(first).queryByText('要確認')).toBeNull();
    expect(within(first).getByRole('link', { name: /総務省の設定解説資料/ })).toHaveAttribute(
      'href',
      catalogue.settingGuides.url,
    );
    expect(screen.getByRole('heading', { name: '設定例（総務省の設定解説資料）' })).toBeInTheDocument();
  });

  it('says when everything is implemented', () => {
    seed([env('pc', '社用PC', 1, allDone(1))]);
    render(<SummaryScreen assessmentId={AID} />);
    expect(screen.getByText('対象の項目はすべて実施済みです。')).toBeInTheDocument();
  });

  it('explains that there is nothing to show before a method is chosen', () => {
    seed([env('pc', '社用PC', null, {})]);
    render(<SummaryScreen assessmentId={AID} />);
    expect(screen.getByText(/方式を選んだ環境がまだありません/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('says so when the assessment does not exist', () => {
    render(<SummaryScreen assessmentId="nope" />);
    expect(screen.getByRole('heading', { name: 'この診断が見つかりません' })).toBeInTheDocument();
  });

  it('follows the chosen language', async () => {
    await changeLanguage('en', false);
    try {
      render(<SummaryScreen assessmentId={AID} />);
      expect(screen.getByRole('heading', { level: 1, name: 'Summary of “本社の点検”' })).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: 'Priority ◎ (2)' })).toBeInTheDocument();
      expect(
        screen.getByRole('table', { name: 'Implementation by environment and priority (table)' }),
      ).toBeInTheDocument();
      expect(screen.getAllByText('Malware infection').length).toBeGreaterThan(0);
    } finally {
      await changeLanguage('ja', false);
    }
  });
});
