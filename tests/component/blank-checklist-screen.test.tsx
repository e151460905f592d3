import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage, setupI18n } from '../../src/i18n/setup';
import { catalogue } from '../../src/catalogue';
import { itemsForMethod } from '../../src/domain/applicability';
import {
  BlankChecklistScreen,
  parseMethodParam,
} from '../../src/features/summary-report/blank-checklist-screen';

beforeAll(async () => {
  await setupI18n();
  await changeLanguage('ja', false);
});

describe('BlankChecklistScreen', () => {
  it('lists every item of the method, ◎ first, with a box for each status and lines for a note', () => {
    const { container } = render(<BlankChecklistScreen methodParam="7" />);
    expect(
      screen.getByRole('heading', { level: 1, name: '方式⑦ 個人所有端末・スタンドアロン方式' }),
    ).toBeInTheDocument();
    const items = itemsForMethod(catalogue, 7);
    const table = screen.getByRole('table', {
      name: '方式⑦ 個人所有端末・スタンドアロン方式の対策項目（記入用）',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(items.map((i) => i.id));
    for (const row of rows) {
      expect(row).toHaveTextContent(/実施済み.*一部実施.*未実施.*わからない.*対象外/);
      expect(row).not.toHaveTextContent('未回答');
    }
    expect(container.querySelectorAll('.tick__box')).toHaveLength(items.length * 5 + 2 * 1);
    expect(
      screen.getByRole('heading', {
        name: `対策項目（${items.length}件：◎ 11件・○ ${items.length - 11}件）`,
      }),
    ).toBeInTheDocument();
  });

  it('asks the scope questions of the method with yes/no boxes and what a "no" excludes', () => {
    render(<BlankChecklistScreen methodParam="6" />);
    const scope = screen.getByRole('region', { name: '利用状況の確認' });
    const rows = within(scope).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent('オンライン会議');
    expect(rows[1]).toHaveTextContent('はいいいえ');
    expect(rows[1]).toHaveTextContent('3-3、3-4、3-5、8-5 を対象外');
  });

  it('has blanks for who filled it in and when, sign-off lines and the source', () => {
    render(<BlankChecklistScreen methodParam="1" />);
    for (const label of ['組織名', '記入者', '記入日', '対象の環境（端末）'])
      expect(screen.getByText(label)).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: '確認者' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: '承認者' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '出典' }).parentElement).toHaveTextContent('総務省');
  });

  it('switches to another method', async () => {
    const user = userEvent.setup();
    render(<BlankChecklistScreen methodParam="1" />);
    await user.selectOptions(screen.getByRole('combobox', { name: '印刷する方式' }), '3');
    expect(window.location.hash).toBe('#/blank/3');
  });

  it('says so for a method that does not exist', () => {
    render(<BlankChecklistScreen methodParam="0" />);
    expect(screen.getByRole('heading', { name: 'この方式は見つかりません' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('parseMethodParam', () => {
  it('accepts 1 to 8 only', () => {
    expect(['1', '8', '0', '9', '01', '1.0', 'x', '', undefined].map(parseMethodParam)).toEqual([
      1,
      8,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
