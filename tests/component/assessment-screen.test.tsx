import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage, setupI18n } from '../../src/i18n/setup';
import { MAX_ENVIRONMENTS, type Environment } from '../../src/domain/assessment';
import { answers, makeAssessment, makeEnvironment } from '../fixtures/assessments';
import { useAppStore } from '../../src/state/store';
import { AssessmentScreen } from '../../src/features/assessments/assessment-screen';

function env(
  id: string,
  name: string,
  method: Environment['method'],
  statuses: Record<string, 'done' | 'na' | 'partial'> = {},
): Environment {
  return makeEnvironment({ id, name, method, answers: answers(statuses) });
}

function seed(environments: Environment[]) {
  const a = makeAssessment({ environments, updatedAt: Date.UTC(2024, 3, 1, 0, 30) });
  useAppStore.setState({
    assessments: [a],
    deletedAssessments: [],
    lastUndo: null,
  });
}

const stored = () => useAppStore.getState().assessments[0]!;

beforeAll(async () => {
  await setupI18n();
  await changeLanguage('ja', false);
});

beforeEach(() => seed([]));

describe('AssessmentScreen', () => {
  it('shows each environment with its method, or that none is chosen, and its progress', () => {
    seed([
      env('pc', '社用ノートPC', 1, { '1-1': 'done', '1-2': 'partial', '2-2': 'na' }),
      env('sp', '私用スマートフォン', null),
    ]);
    render(<AssessmentScreen assessmentId="a1" />);
    const pc = screen.getByRole('article', { name: '社用ノートPC' });
    expect(pc).toHaveTextContent('方式①');
    expect(pc).toHaveTextContent('会社支給端末・VPN/リモートデスクトップ方式');
    expect(pc).toHaveTextContent('回答済み2 / 31件');
    expect(pc).toHaveTextContent('実施済み1 / 31件');
    expect(pc).toHaveTextContent('◎の実施済み1 / 12件');
    expect(within(pc).getByRole('link', { name: 'チェックリストを開く（社用ノートPC）' })).toHaveAttribute(
      'href',
      '#/a/a1/e/pc/checklist',
    );

    const sp = screen.getByRole('article', { name: '私用スマートフォン' });
    expect(sp).toHaveTextContent('方式はまだ選んでいません');
    expect(sp).toHaveTextContent('方式を選ぶと、進捗が表示されます。');
    expect(within(sp).getByRole('link', { name: '方式を選ぶ（私用スマートフォン）' })).toHaveAttribute(
      'href',
      '#/a/a1/e/sp/pick',
    );
    expect(within(sp).queryByRole('link', { name: /チェックリストを開く/ })).not.toBeInTheDocument();
  });

  it('saves the name, organisation and assessor as they are typed', async () => {
    render(<AssessmentScreen assessmentId="a1" />);
    await userEvent.type(screen.getByRole('textbox', { name: '組織名（任意）' }), '株式会社サンプル');
    await userEvent.type(screen.getByRole('textbox', { name: '診断者（任意）' }), '山田');
    expect(stored()).toMatchObject({ organisation: '株式会社サンプル', assessor: '山田' });
    await userEvent.clear(screen.getByRole('textbox', { name: '診断の名前' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('名称未設定の診断');
  });

  it('adds an environment from a suggestion and goes on to pick its method', async () => {
    render(<AssessmentScreen assessmentId="a1" />);
    await userEvent.click(screen.getByRole('button', { name: '「私用スマートフォン」を入力' }));
    expect(screen.getByRole('textbox', { name: /環境の名前/ })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: '追加して方式を選ぶ' }));
    const [added] = stored().environments;
    expect(added).toMatchObject({ name: '私用スマートフォン', method: null });
    expect(window.location.hash).toBe(`#/a/a1/e/${added!.id}/pick`);
  });

  it('explains an empty environment name instead of adding one', async () => {
    render(<AssessmentScreen assessmentId="a1" />);
    await userEvent.click(screen.getByRole('button', { name: '追加して方式を選ぶ' }));
    const field = screen.getByRole('textbox', { name: /環境の名前/ });
    expect(field).toHaveAccessibleDescription(/環境の名前を入力してください。/);
    expect(field).toHaveFocus();
    expect(stored().environments).toEqual([]);
  });

  it(`stops offering to add environments at ${MAX_ENVIRONMENTS}`, () => {
    seed(Array.from({ length: MAX_ENVIRONMENTS }, (_, i) => env(`e${i}`, `端末${i}`, 1)));
    render(<AssessmentScreen assessmentId="a1" />);
    expect(screen.queryByRole('button', { name: '追加して方式を選ぶ' })).not.toBeInTheDocument();
    expect(
      screen.getByText(`1つの診断に追加できる環境は${MAX_ENVIRONMENTS}件までです。`),
    ).toBeInTheDocument();
  });

  it('asks before removing an environment, and can undo the removal', async () => {
    seed([env('pc', '社用ノートPC', 1, { '1-1': 'done' })]);
    render(<AssessmentScreen assessmentId="a1" />);
    await userEvent.click(screen.getByRole('button', { name: '削除（社用ノートPC）' }));
    const dialog = screen.getByRole('dialog', { name: '環境を削除しますか？' });
    expect(dialog).toHaveAccessibleDescription(
      /環境「社用ノートPC」と、その回答・メモがすべて削除されます。/,
    );
    await userEvent.click(within(dialog).getByRole('button', { name: '削除する' }));
    expect(stored().environments).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: '元に戻す' }));
    expect(stored().environments[0]?.answers['1-1']?.status).toBe('done');
  });

  it('explains a missing assessment and links back to the list', () => {
    render(<AssessmentScreen assessmentId="nope" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('この診断が見つかりません');
    expect(screen.getByRole('link', { name: '診断一覧' })).toHaveAttribute('href', '#/assessments');
  });
});
