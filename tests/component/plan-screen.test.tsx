import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage, setupI18n } from '../../src/i18n/setup';
import { answers, makeAssessment, makeEnvironment } from '../fixtures/assessments';
import { useAppStore } from '../../src/state/store';
import { PlanScreen } from '../../src/features/plan/plan-screen';

const AID = 'a1';

beforeAll(async () => {
  await setupI18n();
  await changeLanguage('ja', false);
});

beforeEach(() => {
  useAppStore.setState({
    assessments: [
      makeAssessment({
        id: AID,
        name: '本社の点検',
        assessor: '山田',
        environments: [
          makeEnvironment({
            id: 'pc',
            name: '社用PC',
            method: 1,
            answers: answers({ '1-1': 'not-done', '6-2': 'partial', '9-1': 'unknown' }),
          }),
          makeEnvironment({
            id: 'phone',
            name: '私用スマホ',
            method: 6,
            answers: {
              '1-1': {
                status: 'risk-accepted',
                note: '',
                risk: { reason: '貸与しない', approver: '社長' },
                updatedAt: 1,
              },
            },
          }),
        ],
        plans: [
          {
            itemId: '6-2',
            action: '機器更新',
            owner: '佐藤',
            dueOn: '2001-01-01',
            state: 'todo',
            updatedAt: 1,
          },
          { itemId: '1-1', action: '台帳整備', owner: '山田', state: 'doing', updatedAt: 1 },
        ],
      }),
    ],
  });
});

describe('PlanScreen', () => {
  it('lists the plans ◎ first, flags the overdue one, and filters by owner', async () => {
    const user = userEvent.setup();
    render(<PlanScreen assessmentId={AID} />);
    const table = screen.getByRole('table', { name: '改善計画の一覧' });
    const heads = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent);
    expect(heads()).toEqual(['1-1', '6-2']);
    expect(within(table).getByRole('row', { name: /^6-2/ })).toHaveTextContent('期限切れ');
    expect(within(table).getByRole('row', { name: /^1-1/ })).not.toHaveTextContent('期限切れ');
    await user.selectOptions(screen.getByRole('combobox', { name: '担当者' }), '佐藤');
    expect(heads()).toEqual(['6-2']);
    expect(screen.getByText('2件中1件を表示')).toBeInTheDocument();
  });

  it('lists the open items without a plan and the accepted risks with reason and approver', () => {
    render(<PlanScreen assessmentId={AID} />);
    expect(screen.getByRole('heading', { name: '計画がない項目（1件）' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^改善計画を立てる\s*9-1$/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'リスク受容（1件）' })).toBeInTheDocument();
    const risks = screen.getByRole('table', { name: 'リスク受容の一覧' });
    expect(within(risks).getByRole('row', { name: /^1-1/ })).toHaveTextContent('私用スマホ貸与しない社長');
  });
});
