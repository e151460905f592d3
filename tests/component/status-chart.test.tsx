import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { changeLanguage, setupI18n } from '../../src/i18n/setup';
import { emptyTally, type Tally } from '../../src/domain/progress';
import { StatusChart } from '../../src/features/summary-report/status-chart';
import { StatusTable } from '../../src/features/summary-report/status-table';

const tally = (t: Partial<Tally>): Tally => {
  const x = { ...emptyTally(), ...t };
  return { ...x, total: x.done + x.partial + x.notDone + x.unknown + x.unanswered };
};

beforeAll(async () => {
  await setupI18n();
  await changeLanguage('ja', false);
});

describe('StatusChart', () => {
  const rows = [
    { key: 'a', label: '資産・構成管理', tally: tally({ done: 2, partial: 1, notDone: 1 }) },
    { key: 'b', label: '物理セキュリティ', tally: tally({}) },
  ];

  it('is one image whose name gives every figure', () => {
    render(<StatusChart title="分類別の実施状況" groups={[{ key: 'g', label: null, rows }]} />);
    const img = screen.getByRole('img', { name: /^分類別の実施状況。/ });
    expect(img).toHaveAccessibleName(
      '分類別の実施状況。資産・構成管理：対象4件のうち実施済み2件（50%）、一部実施1件、未実施1件、わからない0件、リスク受容0件、未回答0件。物理セキュリティ：対象の項目はありません',
    );
  });

  it('writes the figures beside each bar and draws the segments in proportion', () => {
    const { container } = render(<StatusChart title="分類別" groups={[{ key: 'g', label: null, rows }]} />);
    expect(screen.getByText('実施済み 2 / 4件（50%）')).toBeInTheDocument();
    expect(screen.getByText('対象の項目はありません')).toBeInTheDocument();
    const bars = container.querySelectorAll('.status-chart__bar');
    expect(bars).toHaveLength(2);
    const segments = [...bars[0]!.querySelectorAll('rect')].map((r) => [
      r.getAttribute('x'),
      r.getAttribute('width'),
      r.getAttribute('fill'),
    ]);
    expect(segments.map(([x, w]) => [x, w])).toEqual([
      ['0%', '50%'],
      ['50%', '25%'],
      ['75%', '25%'],
    ]);
    // Each status has its own pattern, not only its own colour.
    expect(new Set(segments.map(([, , fill]) => fill)).size).toBe(3);
    expect(bars[1]!.querySelectorAll('rect[fill^="url("]')).toHaveLength(0);
  });

  it('has a legend naming every status', () => {
    render(<StatusChart title="分類別" groups={[{ key: 'g', label: null, rows }]} />);
    const legend = screen.getByRole('list', { name: '凡例' });
    expect(legend).toHaveTextContent('実施済み一部実施未実施わからないリスク受容未回答');
  });

  it('names a row by its group for assistive technology', () => {
    render(
      <StatusChart
        title="環境別"
        groups={[
          {
            key: 'pc',
            label: '社用PC（方式①）',
            rows: [{ key: 'h', label: '優先度◎', tally: tally({ done: 1 }) }],
          },
        ]}
      />,
    );
    expect(screen.getByRole('img')).toHaveAccessibleName(
      expect.stringContaining('社用PC（方式①） 優先度◎：対象1件のうち実施済み1件（100%）'),
    );
  });
});

describe('StatusTable', () => {
  it('shows the same figures with row and column headers', () => {
    render(
      <StatusTable
        caption="分類別の実施状況（表）"
        rowHeader="分類"
        groups={[
          {
            key: 'g',
            label: null,
            rows: [
              { key: 'a', label: '資産・構成管理', tally: { ...tally({ done: 2, unknown: 1 }), na: 3 } },
            ],
          },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: '分類別の実施状況（表）' });
    expect(screen.getByRole('region', { name: '分類別の実施状況（表）' })).toContainElement(table);
    const cells = screen.getAllByRole('cell').map((c) => c.textContent);
    // 2 of 3 is 66 %: percent() rounds down, so 100 % means everything.
    expect(cells).toEqual(['3', '2', '0', '0', '1', '0', '0', '66%', '3']);
    expect(screen.getByRole('rowheader', { name: '資産・構成管理' })).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      '分類',
      '対象',
      '実施済み',
      '一部実施',
      '未実施',
      'わからない',
      'リスク受容',
      '未回答',
      '実施率',
      '対象外（集計外）',
    ]);
  });
});
