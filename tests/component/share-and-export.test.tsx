import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage, setupI18n } from '../../src/i18n/setup';
import { catalogue } from '../../src/catalogue';
import { itemsForMethod } from '../../src/domain/applicability';
import type { Assessment } from '../../src/domain/assessment';
import { parseAssessmentJson } from '../../src/domain/export-json';
import { decodeShareLink } from '../../src/domain/share-link';
import { useAppStore } from '../../src/state/store';
import { ShareAndExport } from '../../src/features/assessments/share-and-export';
import { downloadBlob, downloadText } from '../../src/ui/download';

vi.mock('../../src/ui/download', () => ({ downloadText: vi.fn(), downloadBlob: vi.fn() }));

const AID = 'a1';
const assessment: Assessment = {
  id: AID,
  name: '2024年度 テレワーク点検',
  organisation: '株式会社サンプル',
  assessor: '山田',
  catalogueVersion: catalogue.version,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  environments: [
    {
      id: 'e1',
      name: '社用ノートPC',
      method: 1,
      path: [],
      scope: { webmail: false },
      overrides: [],
      answers: {
        ...Object.fromEntries(
          itemsForMethod(catalogue, 1).map((i) => [
            i.id,
            { status: 'done' as const, note: '', updatedAt: 1 },
          ]),
        ),
        '1-1': { status: 'partial', note: '=1+1 台帳は作成中', updatedAt: 2 },
      },
      createdAt: 1,
      updatedAt: 2,
    },
  ],
};

// jsdom has <dialog> but not its modal methods; these do what the browser does, minus the top layer.
const original = {
  showModal: HTMLDialogElement.prototype.showModal,
  close: HTMLDialogElement.prototype.close,
};
beforeAll(async () => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
  await setupI18n();
  await changeLanguage('ja', false);
});
afterAll(async () => {
  Object.assign(HTMLDialogElement.prototype, original);
  await changeLanguage('ja', false);
});

beforeEach(() => {
  useAppStore.setState({
    assessments: [structuredClone(assessment)],
    lastUndo: null,
  });
  vi.mocked(downloadText).mockClear();
  vi.mocked(downloadBlob).mockReset();
});

async function openDialog() {
  const user = userEvent.setup();
  render(<ShareAndExport assessmentId={AID} />);
  const opener = screen.getByRole('button', { name: '共有リンクを作る' });
  await user.click(opener);
  const dialog = screen.getByRole('dialog', { name: '共有リンク' });
  const field = await within(dialog).findByRole('textbox', { name: '共有リンク' });
  return { user, opener, dialog, field: field as HTMLTextAreaElement };
}

describe('ShareAndExport', () => {
  it('offers the share link, the JSON file and the CSV file under one heading', () => {
    render(<ShareAndExport assessmentId={AID} />);
    const section = screen.getByRole('region', { name: '共有と書き出し' });
    expect(within(section).getByRole('button', { name: '共有リンクを作る' })).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'JSONファイルに書き出す' })).toBeInTheDocument();
    expect(
      within(section).getByRole('button', { name: 'CSVファイルに書き出す（Excel用）' }),
    ).toBeInTheDocument();
  });

  it('renders nothing for an assessment that does not exist', () => {
    const { container } = render(<ShareAndExport assessmentId="nope" />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('ShareDialog', () => {
  it('shows a compact link without names, its length and the warning', async () => {
    const { dialog, field } = await openDialog();
    expect(
      within(dialog).getByText(/このリンクを知っている人は、誰でも回答の内容を見ることができます/),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('checkbox', { name: '診断名・組織名・環境名・メモもリンクに含める' }),
    ).not.toBeChecked();
    const link = field.value;
    expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/[^#]*#S2[A-Za-z0-9_-]+$/);
    expect(link.split('#')[1]!.length).toBeLessThanOrEqual(32);
    expect(within(dialog).getByText(`リンクの長さ：${link.length}文字`)).toBeInTheDocument();

    const decoded = await decodeShareLink(link.split('#')[1], catalogue);
    expect(decoded.ok && decoded.shared).toMatchObject({ includesText: false, name: '' });
    expect(decoded.ok && decoded.shared.environments[0]!.answers['1-1']).toEqual({
      status: 'partial',
      note: '',
    });
  });

  it('includes names and notes only when asked, and says so', async () => {
    const { user, dialog, field } = await openDialog();
    const short = field.value;
    expect(
      within(dialog).queryByText('このリンクには、診断名・組織名・環境名・メモも含まれます。'),
    ).toBeNull();
    await user.click(
      within(dialog).getByRole('checkbox', { name: '診断名・組織名・環境名・メモもリンクに含める' }),
    );
    const linkField = () => within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: '共有リンク' });
    await waitFor(() => expect(linkField().value).not.toBe(short));
    expect(
      within(dialog).getByText('このリンクには、診断名・組織名・環境名・メモも含まれます。'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(`リンクの長さ：${linkField().value.length}文字`)).toBeInTheDocument();
    const decoded = await decodeShareLink(linkField().value.split('#')[1], catalogue);
    expect(decoded.ok && decoded.shared).toMatchObject({
      includesText: true,
      name: '2024年度 テレワーク点検',
    });
    expect(decoded.ok && decoded.shared.environments[0]!.answers['1-1']!.note).toBe('=1+1 台帳は作成中');
  });

  it('copies the link and says so', async () => {
    const { user, dialog, field } = await openDialog();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(within(dialog).getByRole('button', { name: 'リンクをコピー' }));
    expect(writeText).toHaveBeenCalledWith(field.value);
    expect(await within(dialog).findByText(/コピーしました/)).toBeInTheDocument();
  });

  it('selects the link for Ctrl+C when the clipboard refuses', async () => {
    const { user, dialog, field } = await openDialog();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(within(dialog).getByRole('button', { name: 'リンクをコピー' }));
    expect(await within(dialog).findByText(/自動でコピーできませんでした/)).toBeInTheDocument();
    expect(field).toHaveFocus();
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(field.value.length);
  });

  it('closes and gives focus back to the button that opened it', async () => {
    const { user, opener, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: '閉じる' }));
    expect(dialog).not.toHaveAttribute('open');
    expect(opener).toHaveFocus();
  });
});

describe('ShareDialog for phones and long links', () => {
  it('shows the link as a QR code with an accessible name and no long-link warning', async () => {
    const { dialog } = await openDialog();
    expect(await within(dialog).findByRole('img', { name: '共有リンクのQRコード' })).toBeInTheDocument();
    expect(within(dialog).queryByText('リンクが長いため、途中で切れるおそれがあります')).toBeNull();
  });

  it('warns about a link over 2,000 characters and offers the JSON file instead', async () => {
    // Notes that do not compress: a pseudo-random run of kanji per item.
    let seed = 7;
    const noise = (n: number) =>
      Array.from({ length: n }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return String.fromCharCode(0x4e00 + (seed % 2000));
      }).join('');
    const noisy = structuredClone(assessment);
    for (const answer of Object.values(noisy.environments[0]!.answers)) answer.note = noise(60);
    useAppStore.setState({ assessments: [noisy] });
    const { user, dialog } = await openDialog();
    await user.click(
      within(dialog).getByRole('checkbox', { name: '診断名・組織名・環境名・メモもリンクに含める' }),
    );
    expect(
      await within(dialog).findByText('リンクが長いため、途中で切れるおそれがあります'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/Microsoft Teams や古いバージョンの Outlook/)).toBeInTheDocument();
    expect(
      await within(dialog).findByText(/このリンクは長すぎるため、QRコードにできません/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'JSONファイルに書き出す' }));
    const [file, , type] = vi.mocked(downloadText).mock.calls[0]!;
    expect(file).toMatch(/\.json$/);
    expect(type).toBe('application/json');
  });
});

describe('exports', () => {
  it('downloads a JSON file that imports back to exactly the same assessment', async () => {
    const user = userEvent.setup();
    render(<ShareAndExport assessmentId={AID} />);
    await user.click(screen.getByRole('button', { name: 'JSONファイルに書き出す' }));
    const [file, text, type] = vi.mocked(downloadText).mock.calls[0]!;
    expect(file).toMatch(/^2024年度 テレワーク点検-\d{4}-\d{2}-\d{2}\.json$/);
    expect(type).toBe('application/json');
    expect(parseAssessmentJson(catalogue, text)).toMatchObject({ ok: true, assessment });
    expect(screen.getByRole('status')).toHaveTextContent(`「${file}」のダウンロードを開始しました。`);
  });

  it('downloads a CSV for Excel in the chosen language', async () => {
    const user = userEvent.setup();
    render(<ShareAndExport assessmentId={AID} />);
    await user.click(screen.getByRole('button', { name: 'CSVファイルに書き出す（Excel用）' }));
    const [file, csv, type] = vi.mocked(downloadText).mock.calls[0]!;
    expect(file).toMatch(/\.csv$/);
    expect(type).toBe('text/csv;charset=utf-8');
    expect(
      csv.startsWith(
        '\uFEFF環境,テレワーク方式,No.,分類,優先度,対策内容,状況,メモ,対応内容,担当者,期限,対応状況,リスク受容の理由,リスク受容の承認者\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain(
      '社用ノートPC,方式① 会社支給端末・VPN/リモートデスクトップ方式,1\u20111,資産・構成管理,◎,',
    );
    expect(csv).toContain(",一部実施,'=1+1 台帳は作成中,,,,,,\r\n");
    // 2-2 is excluded by "no web mail": its row says 対象外, as the printed table does.
    expect(csv).toMatch(/,2\u20112,[^\r\n]*,対象外,,,,,,,\r\n/);

    await changeLanguage('en', false);
    await user.click(screen.getByRole('button', { name: 'Export as a CSV file (for Excel)' }));
    const en = vi.mocked(downloadText).mock.calls[1]![1];
    expect(
      en.startsWith(
        '\uFEFFEnvironment,Telework method,No.,Category,Priority,Measure,Status,Note,Action,Owner,Due date,Action state,Reason for accepting the risk,Risk accepted by\r\n',
      ),
    ).toBe(true);
    expect(en).toContain(',Asset and configuration management,◎,');
    expect(en).toContain(",Partly implemented,'=1+1 台帳は作成中,,,,,,\r\n");
    await changeLanguage('ja', false);
  });

  it('saves an Excel workbook, saying so while it is being made', async () => {
    const user = userEvent.setup();
    render(<ShareAndExport assessmentId={AID} />);
    await user.click(screen.getByRole('button', { name: 'Excel（.xlsx）で保存' }));
    // The first click loads ExcelJS, which takes a moment on a busy machine.
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    const [file, blob] = vi.mocked(downloadBlob).mock.calls[0]!;
    expect(file).toMatch(/^2024年度 テレワーク点検-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    // An .xlsx file is a zip archive: it starts with "PK".
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blob);
    });
    expect([...new Uint8Array(bytes, 0, 2)]).toEqual([0x50, 0x4b]);
    expect(screen.getByRole('status')).toHaveTextContent(`「${file}」のダウンロードを開始しました。`);
    expect(screen.getByRole('button', { name: 'Excel（.xlsx）で保存' })).toHaveAttribute(
      'aria-busy',
      'false',
    );
  });

  it('says clearly when the Excel workbook cannot be made', async () => {
    vi.mocked(downloadBlob).mockImplementationOnce(() => {
      throw new Error('no downloads here');
    });
    const user = userEvent.setup();
    render(<ShareAndExport assessmentId={AID} />);
    await user.click(screen.getByRole('button', { name: 'Excel（.xlsx）で保存' }));
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'Excelファイルを作成できませんでした。',
    );
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
