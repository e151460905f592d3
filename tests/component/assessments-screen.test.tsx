import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage, setupI18n } from '../../src/i18n/setup';
import type { Assessment } from '../../src/domain/assessment';
import { answers, makeAssessment, makeEnvironment } from '../fixtures/assessments';
import { useAppStore } from '../../src/state/store';
import { AssessmentsScreen } from '../../src/features/assessments/assessments-screen';

function assessment(
  id: string,
  name: string,
  updatedAt: number,
  statuses: Record<string, 'done' | 'na'> = {},
): Assessment {
  const pc = makeEnvironment({ id: `${id}-pc`, method: 1, answers: answers(statuses) });
  return makeAssessment({ id, name, updatedAt, environments: [pc] });
}

const cards = () => within(screen.getByRole('list', { name: '保存されている診断' })).getAllByRole('article');

beforeAll(async () => {
  await setupI18n();
  await changeLanguage('ja', false);
});

beforeEach(() => {
  useAppStore.setState({ assessments: [], deletedAssessments: [], lastUndo: null });
});

describe('AssessmentsScreen', () => {
  it('offers a single, pre-filled create form when there is no assessment', async () => {
    render(<AssessmentsScreen />);
    expect(screen.getByRole('heading', { name: '最初の診断を作成しましょう' })).toBeInTheDocument();
    expect((screen.getByRole('textbox', { name: /診断の名前/ }) as HTMLInputElement).value).toMatch(
      /^\d{4}年度の診断$/,
    );
    await userEvent.click(screen.getByRole('button', { name: '診断を作成' }));
    expect(useAppStore.getState().assessments).toHaveLength(1);
    expect(window.location.hash).toBe(`#/a/${useAppStore.getState().assessments[0]!.id}`);
  });

  it('refuses an empty name with a message tied to the field', async () => {
    render(<AssessmentsScreen />);
    const field = screen.getByRole('textbox', { name: /診断の名前/ });
    await userEvent.clear(field);
    await userEvent.click(screen.getByRole('button', { name: '診断を作成' }));
    expect(useAppStore.getState().assessments).toHaveLength(0);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/名前を入力してください。/);
  });

  it('lists the most recently changed first, with progress that leaves 対象外 out', () => {
    useAppStore.setState({
      assessments: [assessment('a', '本社', 10, { '1-1': 'done', '2-2': 'na' }), assessment('b', '支店', 20)],
    });
    render(<AssessmentsScreen />);
    expect(cards().map((c) => within(c).getByRole('heading', { level: 2 }).textContent)).toEqual([
      '支店',
      '本社',
    ]);
    expect(cards()[1]).toHaveTextContent('回答済み1 / 31件');
    expect(cards()[1]).toHaveTextContent('対象外（集計に含めない）1件');
  });

  it('deletes at once, moves focus to the undo offer, and undoes', async () => {
    useAppStore.setState({ assessments: [assessment('a', '本社', 10)] });
    render(<AssessmentsScreen />);
    await userEvent.click(screen.getByRole('button', { name: '削除（本社）' }));
    expect(useAppStore.getState().assessments).toEqual([]);
    const offer = screen.getByText('診断「本社」を削除しました。').closest<HTMLElement>('[role="status"]')!;
    expect(offer).toHaveFocus();
    await userEvent.click(within(offer).getByRole('button', { name: '元に戻す' }));
    expect(useAppStore.getState().assessments.map((a) => a.id)).toEqual(['a']);
    expect(screen.queryByText('診断「本社」を削除しました。')).not.toBeInTheDocument();
  });

  it('asks before resetting, in a dialog named by its title, and does nothing on cancel', async () => {
    useAppStore.setState({ assessments: [assessment('a', '本社', 10, { '1-1': 'done' })] });
    render(<AssessmentsScreen />);
    await userEvent.click(screen.getByRole('button', { name: '回答をリセット（本社）' }));
    const dialog = screen.getByRole('dialog', { name: '回答をリセットしますか？' });
    expect(dialog).toHaveAccessibleDescription(/「本社」のすべての環境で/);
    expect(within(dialog).getByRole('button', { name: 'キャンセル' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'キャンセル' }));
    expect(useAppStore.getState().assessments[0]!.environments[0]!.answers['1-1']?.status).toBe('done');

    await userEvent.click(screen.getByRole('button', { name: '回答をリセット（本社）' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'リセットする' }));
    expect(useAppStore.getState().assessments[0]!.environments[0]!.answers).toEqual({});
    expect(screen.getByText('診断「本社」の回答をリセットしました。')).toBeInTheDocument();
  });

  it('renames in place, and Escape leaves the name as it was', async () => {
    useAppStore.setState({ assessments: [assessment('a', '本社', 10)] });
    render(<AssessmentsScreen />);
    await userEvent.click(screen.getByRole('button', { name: '名前を変更（本社）' }));
    const field = screen.getByRole('textbox', { name: '新しい名前' });
    expect(field).toHaveFocus();
    await userEvent.type(field, ' 総務{Escape}');
    expect(useAppStore.getState().assessments[0]!.name).toBe('本社');

    await userEvent.click(screen.getByRole('button', { name: '名前を変更（本社）' }));
    await userEvent.clear(screen.getByRole('textbox', { name: '新しい名前' }));
    await userEvent.type(screen.getByRole('textbox', { name: '新しい名前' }), '本社 総務部{Enter}');
    expect(useAppStore.getState().assessments[0]!.name).toBe('本社 総務部');
    expect(screen.getByText('名前を「本社 総務部」に変更しました。')).toBeInTheDocument();
  });

  it('duplicates under a “copy” name and says so', async () => {
    useAppStore.setState({ assessments: [assessment('a', '本社', 10, { '1-1': 'done' })] });
    render(<AssessmentsScreen />);
    await userEvent.click(screen.getByRole('button', { name: '複製（本社）' }));
    const names = useAppStore.getState().assessments.map((a) => a.name);
    expect(names).toEqual(['本社', '本社（コピー）']);
    expect(screen.getByText('「本社（コピー）」を作成しました。一覧の先頭にあります。')).toBeInTheDocument();
  });
});
