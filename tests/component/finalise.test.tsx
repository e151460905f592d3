import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage, setupI18n } from '../../src/i18n/setup';
import { answers, makeAssessment, makeEnvironment } from '../fixtures/assessments';
import { useAppStore } from '../../src/state/store';
import { AssessmentScreen } from '../../src/features/assessments/assessment-screen';
import { ChecklistScreen } from '../../src/features/checklist/checklist-screen';
import { ReportScreen } from '../../src/features/summary-report/report-screen';

const FINALISED_AT = new Date(2025, 3, 1, 10, 0).getTime();

function seed(patch: Parameters<typeof makeAssessment>[0] = {}) {
  const environment = makeEnvironment({
    id: 'pc',
    name: '社用ノートPC',
    method: 1,
    answers: answers({ '1-1': 'done' }),
  });
  useAppStore.setState({
    assessments: [makeAssessment({ environments: [environment], ...patch })],
    deletedAssessments: [],
    lastUndo: null,
  });
}

const stored = () => useAppStore.getState().assessments[0]!;

beforeAll(async () => {
  await setupI18n();
  await changeLanguage('ja', false);
});

beforeEach(() => seed());

describe('AssessmentScreen: finalising', () => {
  it('finalises after confirmation, locks the details and environments, and reopens', async () => {
    const user = userEvent.setup();
    render(<AssessmentScreen assessmentId="a1" />);

    await user.click(screen.getByRole('button', { name: 'この診断を確定する' }));
    const dialog = screen.getByRole('dialog', { name: 'この診断を確定しますか？' });
    await user.click(within(dialog).getByRole('button', { name: '確定する' }));

    expect(stored().finalisedAt).toEqual(expect.any(Number));
    expect(
      screen.getByText(
        /^\d{4}年\d{1,2}月\d{1,2}日に確定済みです。内容を変更するには確定を解除してください。$/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'この診断を確定する' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /診断の名前/ })).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: '1年後に設定' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '名前を変更（社用ノートPC）' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '削除（社用ノートPC）' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: '確定を解除' }));
    expect(stored().finalisedAt).toBeUndefined();
    expect(screen.getByRole('button', { name: '名前を変更（社用ノートPC）' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'この診断を確定する' })).toBeInTheDocument();
  });

  it('does not finalise when the dialog is cancelled', async () => {
    const user = userEvent.setup();
    render(<AssessmentScreen assessmentId="a1" />);
    await user.click(screen.getByRole('button', { name: 'この診断を確定する' }));
    await user.click(screen.getByRole('button', { name: 'キャンセル' }));
    expect(stored().finalisedAt).toBeUndefined();
  });

  it('sets the next review date one year from today', async () => {
    const user = userEvent.setup();
    render(<AssessmentScreen assessmentId="a1" />);
    await user.click(screen.getByRole('button', { name: '1年後に設定' }));
    const today = new Date();
    expect(stored().nextReviewOn?.slice(0, 4)).toBe(String(today.getFullYear() + 1));
  });
});

describe('ChecklistScreen: a finalised assessment', () => {
  it('shows the notice and disables the status radios and notes', () => {
    seed({ finalisedAt: FINALISED_AT });
    render(<ChecklistScreen assessmentId="a1" environmentId="pc" />);
    expect(screen.getByText(/^2025年4月1日に確定済みです。/)).toBeInTheDocument();
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    for (const note of screen.getAllByRole('textbox')) expect(note).toHaveAttribute('readonly');
  });
});

describe('ReportScreen: approval and finalisation', () => {
  it('prints the finalised date, the next review date, the seal boxes, the edition and the caveats', () => {
    seed({ finalisedAt: FINALISED_AT, nextReviewOn: '2026-03-31' });
    render(<ReportScreen assessmentId="a1" />);
    const seals = screen.getByRole('table', { name: '決裁欄' });
    for (const role of ['担当', '確認', '承認'])
      expect(within(seals).getByRole('columnheader', { name: role })).toBeInTheDocument();
    expect(screen.getByText('確定日').nextElementSibling).toHaveTextContent('2025年4月1日');
    expect(screen.getByText('次回見直し予定日').nextElementSibling).toHaveTextContent('2026年3月31日');
    expect(screen.getByRole('heading', { name: 'チェックリストの版と改訂履歴' })).toBeInTheDocument();
    expect(
      screen.getByRole('cell', { name: '方式確認のフローチャートの文字サイズ等変更' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/最低限必要となる基本的な対策です/)).toBeInTheDocument();
  });
});
