import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import raw from '../../../data/catalogue.json';
import { parseCatalogue } from '../../../src/domain/catalogue-schema';
import type { Assessment } from '../../../src/domain/assessment';
import { itemsForMethod } from '../../../src/domain/applicability';
import { csvCell, exportAssessmentCsv, itemNumberCell } from '../../../src/domain/export-csv';

import { jaCsvLabels } from '../../fixtures/csv-labels';

const catalogue = parseCatalogue(raw);

const jaLabels = jaCsvLabels;

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('the last row has no CRLF');
  return rows;
}

const sample: Assessment = {
  id: 'a1',
  name: '点検',
  organisation: '',
  assessor: '',
  catalogueVersion: catalogue.version,
  createdAt: 1,
  updatedAt: 1,
  environments: [
    {
      id: 'e1',
      name: '社用ノートPC',
      method: 1,
      path: [],
      scope: { webmail: false },
      overrides: [],
      answers: {
        '1-1': { status: 'done', note: '=HYPERLINK("http://evil.example","click")', updatedAt: 1 },
        '1-2': { status: 'partial', note: '台帳は「総務部」が管理、\r\n来期に見直し', updatedAt: 1 },
        '2-2': { status: 'not-done', note: '', updatedAt: 1 },
      },
      createdAt: 1,
      updatedAt: 1,
    },
    {
      id: 'e2',
      name: '',
      method: 7,
      path: [],
      scope: {},
      overrides: [],
      answers: {},
      createdAt: 1,
      updatedAt: 1,
    },
    {
      id: 'e3',
      name: '未設定',
      method: null,
      path: [],
      scope: {},
      overrides: [],
      answers: {},
      createdAt: 1,
      updatedAt: 1,
    },
  ],
};

describe('csvCell', () => {
  it('neutralises cells that a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+81 3 1234')).toBe("'+81 3 1234");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('＝1+1')).toBe("'＝1+1");
    expect(csvCell('a=1')).toBe('a=1');
  });

  it('quotes cells with quotes, commas and line breaks', () => {
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvCell('一行目\n二行目')).toBe('"一行目\n二行目"');
    expect(csvCell('テレワーク端末')).toBe('テレワーク端末');
  });

  it('round-trips any text through a CSV reader, formulas neutralised', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (cells) => {
        const [row] = parseCsv(`${cells.map(csvCell).join(',')}\r\n`);
        expect(row).toEqual(cells.map((c) => (/^[=+\-@\t\r＝＋－＠]/.test(c) ? `'${c}` : c)));
        for (const c of row!) expect(c).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});

describe('exportAssessmentCsv', () => {
  const csv = exportAssessmentCsv(catalogue, sample, 'ja', jaLabels);

  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.match(/(?<!\r)\n/g)).toBeNull();
  });

  it('has the header row and one row per item of each environment with a method', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([
      '環境',
      '方式',
      'No.',
      '分類',
      '優先度',
      '対策内容',
      '回答',
      'メモ',
      '対応内容',
      '担当者',
      '期限',
      '対応状況',
      'リスク受容の理由',
      'リスク受容の承認者',
    ]);
    expect(rows).toHaveLength(1 + itemsForMethod(catalogue, 1).length + itemsForMethod(catalogue, 7).length);
    expect(rows.slice(1).every((r) => r.length === 14)).toBe(true);
  });

  it('writes Japanese catalogue texts, statuses, notes and the effective 対象外', () => {
    const rows = parseCsv(csv.slice(1));
    const first = rows[1]!;
    expect(first).toEqual([
      '社用ノートPC',
      '方式①',
      itemNumberCell('1-1'),
      '資産・構成管理',
      '◎',
      catalogue.items.find((i) => i.id === '1-1')!.text.ja,
      '実施済み',
      `'=HYPERLINK("http://evil.example","click")`,
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    const second = rows[2]!;
    expect(second[6]).toBe('一部実施');
    expect(second[7]).toBe('台帳は「総務部」が管理、\r\n来期に見直し');
    // 2-2 is answered 未実施 but excluded by "no web mail": the table shows 対象外, like the printed report.
    const webmail = rows.find((r) => r[0] === '社用ノートPC' && r[2] === itemNumberCell('2-2'))!;
    expect(webmail[6]).toBe('対象外');
    const unnamed = rows.filter((r) => r[0] === '環境2');
    expect(unnamed).toHaveLength(itemsForMethod(catalogue, 7).length);
    expect(unnamed.every((r) => r[1] === '方式⑦' && r[6] === '未回答')).toBe(true);
    expect(rows.some((r) => r[0] === '未設定')).toBe(false);
  });

  it('writes item numbers that Excel does not turn into dates, and looks the same', () => {
    expect(itemNumberCell('10-3')).toBe('10\u20113');
    expect(itemNumberCell('10-3')).not.toMatch(/^\d+-\d+$/);
  });

  it('follows the chosen language for catalogue texts', () => {
    const en = exportAssessmentCsv(catalogue, sample, 'en', {
      ...jaLabels,
      headers: { ...jaLabels.headers, category: 'Category' },
    });
    const rows = parseCsv(en.slice(1));
    expect(rows[0]![3]).toBe('Category');
    expect(rows[1]![3]).toBe('Asset and configuration management');
    expect(rows[1]![5]).toBe(catalogue.items.find((i) => i.id === '1-1')!.text.en);
  });
});

describe('exportAssessmentCsv with a plan', () => {
  it('writes the plan on every row where the item applies, and the accepted risk where it was accepted', () => {
    const env = (id: string, method: 1 | 6): Assessment['environments'][number] => ({
      id,
      name: id,
      method,
      path: [],
      scope: {},
      overrides: [],
      answers: {
        '1-1': { status: 'not-done', note: '', updatedAt: 1 },
        '2-1': {
          status: 'risk-accepted',
          note: '',
          risk: { reason: '理由, 詳細', approver: '社長' },
          updatedAt: 1,
        },
      },
      createdAt: 1,
      updatedAt: 1,
    });
    const a: Assessment = {
      id: 'a',
      name: '',
      organisation: '',
      assessor: '',
      catalogueVersion: catalogue.version,
      environments: [env('pc', 1), env('phone', 6)],
      plans: [
        {
          itemId: '1-1',
          action: '台帳を作る',
          owner: '=佐藤',
          dueOn: '2027-01-31',
          state: 'doing',
          updatedAt: 1,
        },
      ],
      createdAt: 1,
      updatedAt: 1,
    };
    const rows = parseCsv(exportAssessmentCsv(catalogue, a, 'ja', jaLabels).slice(1));
    const of = (envName: string, id: string) =>
      rows.find((r) => r[0] === envName && r[2] === itemNumberCell(id))!;
    for (const e of ['pc', 'phone']) {
      expect(of(e, '1-1').slice(8)).toEqual(['台帳を作る', "'=佐藤", '2027-01-31', '対応中', '', '']);
      expect(of(e, '2-1').slice(6)).toEqual(['リスク受容', '', '', '', '', '', '理由, 詳細', '社長']);
    }
  });
});
