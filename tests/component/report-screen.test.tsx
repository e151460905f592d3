import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage, setupI18n } from '../../src/i18n/setup';
import { catalogue } from '../../src/catalogue';
import { itemsForMethod } from '../../src/domain/applicability';
import type { Assessment, Environment } from '../../src/domain/assessment';
import { useAppStore } from '../../src/state/store';
import { ReportScreen } from '../../src/features/summary-report/report-screen';

const AID = 'a1';

function seed() {
  const pc: Environment = {
    id: 'pc',
    name: '社用PC',
    method: 2,
    path: [
      { question: 'device', option: 'company' },
      { question: 'connection-company', option: 'none' },
      { question: 'cloud-company', option: 'yes' },
    ],
    scope: { webmail: false, 'online-meetings': true },
    overrides: [],
    answers: {
      '1-1': { status: 'done', note: '台帳はSharePointで管理', updatedAt: 1 },
      '2-1': { status: 'unknown', note: '', updatedAt: 1 },
    },
    createdAt: 1,
    updatedAt: 1,
  };
  const phone: Environment = {
    ...pc,
    id: 'phone',
    name: '私用スマホ',
    method: 6,
    path: [],
    scope: {},
    answers: {},
  };
  const assessment: Assessment = {
    id: AID,
    name: '本社の点検',
    organisation: '株式会社サンプル',
    assessor: '',
    catalogueVersion: catalogue.version,
    environments: [pc, phone],
    createdAt: 1,
    updatedAt: Date.UTC(2025, 0, 15, 0, 0),
  };
  useAppStore.setState({ assessments: [assessment] });
}

beforeAll(async () => {
  await setupI18n();
  await changeLanguage('ja', false);
});
beforeEach(seed);
afterEach(() => vi.restoreAllMocks());

const section = (name: string) => screen.getByRole('region', { name });

describe('ReportScreen', () => {
  it('has a cover with the assessment, organisation, assessor, dates and catalogue version', () => {
    render(<ReportScreen assessmentId={AID} />);
    const report = screen.getByRole('article', { name: '本社の点検' });
    expect(report).toHaveTextContent('テレワークセキュリティ自己診断 結果報告書');
    expect(report).toHaveTextContent('組織名株式会社サンプル');
    expect(report).toHaveTextContent('診断者（未記入）');
    expect(report).toHaveTextContent('最終更新2025年1月15日');
    expect(report).toHaveTextContent(`チェックリストデータ版${catalogue.version}`);
  });

  it('fills the organisation and assessor in from the fields above the report', async () => {
    const user = userEvent.setup();
    render(<ReportScreen assessmentId={AID} />);
    await user.type(screen.getByRole('textbox', { name: '診断者' }), '山田');
    expect(screen.getByRole('article')).toHaveTextContent('診断者山田');
    expect(useAppStore.getState().assessments[0]!.assessor).toBe('山田');
  });

  it('prints with the browser when the print button is pressed', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = userEvent.setup();
    render(<ReportScreen assessmentId={AID} />);
    await user.click(screen.getByRole('button', { name: '印刷 / PDFに保存' }));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByText(/「PDFに保存」を選ぶとPDFファイルとして保存できます/)).toBeInTheDocument();
  });

  it('shows each environment with its method, the way through the flowchart and the scope answers', () => {
    render(<ReportScreen assessmentId={AID} />);
    const setup = section('対象の環境とテレワーク方式');
    const pc = within(setup).getByRole('heading', { level: 3, name: '社用PC（方式②）' }).parentElement!;
    expect(pc).toHaveTextContent('方式② 会社支給端末・クラウドサービス方式');
    const steps = within(pc).getAllByRole('listitem');
    expect(steps).toHaveLength(3);
    expect(steps[2]).toHaveTextContent(
      '回答：Webメール、チャット、オンライン会議、ファイル共有、プロバイダーのメール等を業務に使う',
    );
    const scope = within(pc).getByRole('table', { name: '利用状況の確認' });
    const webmail = within(scope).getByRole('row', { name: /Webメール/ });
    expect(webmail).toHaveTextContent('いいえ');
    expect(webmail).toHaveTextContent('2-2 を対象外（クラウドサービス(Webメール)の利用無しの場合は対象外）');
    expect(within(scope).getByRole('row', { name: /オンライン会議/ })).toHaveTextContent(
      '対象外になる項目はありません',
    );
    const phone = within(setup).getByRole('heading', {
      level: 3,
      name: '私用スマホ（方式⑥）',
    }).parentElement!;
    expect(phone).toHaveTextContent('フローチャートの質問には答えず、方式を直接選びました。');
  });

  it('lists every item of each environment with its status, note and the reason it does not apply', () => {
    render(<ReportScreen assessmentId={AID} />);
    const table = screen.getByRole('table', { name: '社用PC（方式②）の対策項目と回答' });
    expect(screen.getByRole('region', { name: '社用PC（方式②）の対策項目と回答' })).toContainElement(table);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(
      itemsForMethod(catalogue, 2).map((i) => i.id),
    );
    const first = rows[0]!;
    expect(first).toHaveTextContent('資産・構成管理');
    expect(first).toHaveTextContent('実施済み');
    expect(first).toHaveTextContent('台帳はSharePointで管理');
    expect(within(table).getByRole('row', { name: /^2-2/ })).toHaveTextContent(
      '対象外理由：クラウドサービス(Webメール)の利用無しの場合は対象外',
    );
    expect(within(table).getByRole('row', { name: /^2-3/ })).toHaveTextContent('未回答');
    expect(screen.getByRole('table', { name: '私用スマホ（方式⑥）の対策項目と回答' })).toBeInTheDocument();
  });

  it('has the summary, the to-do list, sign-off lines and the source', () => {
    render(<ReportScreen assessmentId={AID} />);
    expect(screen.getByRole('heading', { level: 2, name: '結果の概要' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^環境別・優先度別の実施状況。/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'やることリスト' })).toBeInTheDocument();
    const signOff = section('確認・承認');
    expect(within(signOff).getByRole('rowheader', { name: '確認者' })).toBeInTheDocument();
    expect(within(signOff).getByRole('rowheader', { name: '承認者' })).toBeInTheDocument();
    expect(
      within(signOff).getAllByText('年 月 日', { normalizer: (s) => s.replace(/\s+/g, ' ').trim() }),
    ).toHaveLength(2);
    const source = screen.getByRole('heading', { name: '出典' }).parentElement!;
    expect(source).toHaveTextContent('総務省');
    expect(source).toHaveTextContent('第2版');
    expect(source).toHaveTextContent(catalogue.source.url);
  });

  it('follows the chosen language', async () => {
    await changeLanguage('en', false);
    try {
      render(<ReportScreen assessmentId={AID} />);
      expect(screen.getByRole('button', { name: 'Print / save as PDF' })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 2, name: 'All checklist items' })).toBeInTheDocument();
      const table = screen.getByRole('table', { name: 'Checklist items and answers for 社用PC (Method ②)' });
      expect(within(table).getByRole('row', { name: /^1-1/ })).toHaveTextContent('Implemented');
      expect(screen.getByRole('article')).toHaveTextContent('Last changed15 January 2025');
      expect(screen.getByRole('article')).not.toHaveTextContent('実施済み');
    } finally {
      await changeLanguage('ja', false);
    }
  });

  it('names the browser tab after the report, for the PDF file name', () => {
    const { unmount } = render(<ReportScreen assessmentId={AID} />);
    expect(document.title).toBe('本社の点検 結果報告書');
    unmount();
    expect(document.title).toBe('テレワークセキュリティ自己診断');
  });
});
