import raw from '../../../data/catalogue.json';
import { parseCatalogue } from '../../../src/domain/catalogue-schema';
import type { Assessment } from '../../../src/domain/assessment';

export const catalogue = parseCatalogue(raw);

/** Local time, so that the dates in the summary do not depend on the machine's time zone. */
const created = new Date(2026, 3, 1, 9, 5).getTime();
const updated = new Date(2026, 3, 2, 17, 30).getTime();

/**
 * An assessment with one environment per case: answers of every kind and notes that a spreadsheet would run
 * (a formula, a line break, a control character), an unnamed one, and one with no method yet.
 */
export const sample: Assessment = {
  id: 'a1',
  name: '=本社の点検',
  organisation: '株式会社サンプル',
  assessor: '',
  catalogueVersion: catalogue.version,
  createdAt: created,
  updatedAt: updated,
  environments: [
    {
      id: 'e1',
      name: '社用ノートPC',
      method: 1,
      path: [],
      scope: { webmail: false },
      overrides: [],
      answers: {
        '1-1': { status: 'done', note: '=HYPERLINK("http://evil.example","click")', updatedAt: created },
        '1-2': { status: 'partial', note: '台帳は総務部が管理\r\n来期に見直し\u0007', updatedAt: created },
        '2-1': { status: 'unknown', note: '@SUM(A1)', updatedAt: created },
        '2-2': { status: 'not-done', note: '', updatedAt: created },
      },
      createdAt: created,
      updatedAt: created,
    },
    {
      id: 'e2',
      name: '',
      method: 7,
      path: [],
      scope: {},
      overrides: [],
      answers: {},
      createdAt: created,
      updatedAt: created,
    },
    {
      id: 'e3',
      name: '未設定',
      method: null,
      path: [],
      scope: {},
      overrides: [],
      answers: {},
      createdAt: created,
      updatedAt: created,
    },
  ],
};
