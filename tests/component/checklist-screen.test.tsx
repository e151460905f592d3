import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage, setupI18n } from '../../src/i18n/setup';
import { catalogue } from '../../src/catalogue';
import { itemsForMethod } from '../../src/domain/applicability';
import { NOTE_MAX_LENGTH, type Assessment, type Environment } from '../../src/domain/assessment';
import { useAppStore } from '../../src/state/store';
import { ChecklistScreen } from '../../src/features/checklist/checklist-screen';

const AID = 'assessment-1';
const EID = 'env-1';

function seed(env: Partial<Environment> = {}, extraEnvironments: Environment[] = []) {
  const environment: Environment = {
    id: EID,
    name: '社用ノートPC',
    method: 1,
    path: [],
    scope: {},
    overrides: [],
    answers: {},
    createdAt: 1,
    updatedAt: 1,
    ...env,
  };
  const assessment: Assessment = {
    id: AID,
    name: '2024年度 診断',
    organisation: '',
    assessor: '',
    catalogueVersion: catalogue.version,
    environments: [environment, ...extraEnvironments],
    createdAt: 1,
    updatedAt: 1,
  };
  useAppStore.setState({ assessments: [assessment] });
}

const storedEnv = () => useAppStore.getState().assessments[0]!.environments[0]!;
const renderScreen = () => render(<ChecklistScreen assessmentId={AID} environmentId={EID} />);
const article = (id: string) => screen.getByRole('article', { name: new RegExp(`^${id} `) });
const statusGroup = (id: string) => screen.getByRole('group', { name: `${id} の実施状況` });
const method1 = itemsForMethod(catalogue, 1);

beforeAll(async () => {
  await setupI18n();
  // jsdom's browser prefers English; the tests read the Japanese the product is written in.
  await changeLanguage('ja', false);
});

beforeEach(() => seed());

describe('ChecklistScreen', () => {
  it('shows the environment, its method and every item of the method, ◎ first', () => {
    renderScreen();
    expect(
      screen.getByRole('heading', { level: 1, name: '社用ノートPC のチェックリスト' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('社用ノートPC のチェックリスト｜テレワークセキュリティ自己診断');
    expect(screen.getByText('会社支給端末・VPN/リモートデスクトップ方式')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '方式を変更' })).toHaveAttribute(
      'href',
      `#/a/${AID}/e/${EID}/pick`,
    );
    expect(screen.getByRole('link', { name: '利用状況の質問' })).toHaveAttribute(
      'href',
      `#/a/${AID}/e/${EID}/scope`,
    );

    expect(screen.getAllByRole('article')).toHaveLength(method1.length);
    const numbers = screen
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent ?? '')
      .filter((n) => /^\d/.test(n));
    expect(numbers.map((n) => n.split(' ')[0])).toEqual(method1.map((i) => i.id));
    const priorities = screen
      .getAllByText(/^優先度：/, { selector: '.priority-badge' })
      .map((b) => b.textContent);
    const firstNormal = priorities.indexOf('優先度：○');
    expect(firstNormal).toBeGreaterThan(0);
    expect(priorities.slice(0, firstNormal).every((p) => p === '優先度：◎')).toBe(true);
    expect(priorities.slice(firstNormal).every((p) => p === '優先度：○')).toBe(true);
    expect(numbers[0]).toBe(`${method1[0]!.id} 資産・構成管理`);

    const first = article('1-1');
    expect(within(first).getByText('優先度：◎')).toBeInTheDocument();
    const threats = within(first).getByRole('list', { name: '想定される脅威' });
    expect(
      within(threats)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(catalogue.items[0]!.threats.map((id) => catalogue.threats.find((t) => t.id === id)!.name.ja));
  });

  it('sets a status with one click on the radio named after it, saves it and updates the progress', async () => {
    const user = userEvent.setup();
    renderScreen();
    const group = statusGroup('1-1');
    expect(within(group).getByRole('radio', { name: '未回答' })).toBeChecked();

    await user.click(within(group).getByRole('radio', { name: '実施済み' }));

    expect(within(group).getByRole('radio', { name: '実施済み' })).toBeChecked();
    expect(storedEnv().answers['1-1']?.status).toBe('done');
    const envCard = screen.getByRole('region', { name: 'この環境' });
    expect(within(envCard).getByText('回答済み').nextSibling).toHaveTextContent(
      `1 / ${method1.length}件（3%）`,
    );
    expect(within(envCard).getByText('実施済み').nextSibling).toHaveTextContent(`1 / ${method1.length}件`);
    expect(within(article('1-1')).getByText('実施済み', { selector: '.status-pill' })).toBeInTheDocument();

    await user.click(within(statusGroup('1-2')).getByRole('radio', { name: '未実施' }));
    expect(storedEnv().answers['1-2']?.status).toBe('not-done');
    expect(within(envCard).getByText('回答済み').nextSibling).toHaveTextContent(`2 / ${method1.length}件`);
    expect(within(envCard).getByText('実施済み').nextSibling).toHaveTextContent(`1 / ${method1.length}件`);
  });

  it('sets a status with a single key while the focus is in the item, but never while typing a note', async () => {
    const user = userEvent.setup();
    renderScreen();
    const radio = within(statusGroup('2-1')).getByRole('radio', { name: '未回答' });
    radio.focus();
    await user.keyboard('2');
    expect(within(statusGroup('2-1')).getByRole('radio', { name: '一部実施' })).toBeChecked();
    expect(storedEnv().answers['2-1']?.status).toBe('partial');
    expect(screen.getByText('2-1 を「一部実施」にしました。')).toBeInTheDocument();

    const note = within(article('2-1')).getByRole('textbox', {
      name: '2-1 のメモ（誰が・いつ・どのように）',
    });
    await user.click(note);
    await user.keyboard('1台未対応');
    expect(note).toHaveValue('1台未対応');
    expect(storedEnv().answers['2-1']?.status).toBe('partial');
  });

  it('saves a note as it is typed and shows the character counter against the limit', async () => {
    const user = userEvent.setup();
    renderScreen();
    const note = within(article('1-1')).getByRole('textbox', { name: /^1-1 のメモ/ });
    expect(note).toHaveAttribute('maxLength', String(NOTE_MAX_LENGTH));
    expect(within(article('1-1')).getByText(`0 / ${NOTE_MAX_LENGTH}文字`)).toBeInTheDocument();

    await user.type(note, '情シス山田が4月に台帳を作成');
    expect(storedEnv().answers['1-1']?.note).toBe('情シス山田が4月に台帳を作成');
    expect(storedEnv().answers['1-1']?.status).toBe('unanswered');
    expect(note).toHaveAccessibleDescription(`14 / ${NOTE_MAX_LENGTH}文字`);
  });

  it('warns as a note nears the limit', () => {
    seed({ answers: { '1-1': { status: 'done', note: 'あ'.repeat(NOTE_MAX_LENGTH - 5), updatedAt: 1 } } });
    renderScreen();
    expect(within(article('1-1')).getByText(/残り5文字/)).toBeInTheDocument();
  });

  it('filters by priority, category, threat and "still open only", with counts that follow the statuses', async () => {
    const user = userEvent.setup();
    renderScreen();
    const total = method1.length;
    const high = method1.filter((i) => i.priority === '◎').length;
    const priority = screen.getByRole('combobox', { name: '優先度' });
    expect(within(priority).getByRole('option', { name: `◎（${high}）` })).toBeInTheDocument();

    await user.selectOptions(priority, '◎');
    expect(screen.getAllByRole('article')).toHaveLength(high);
    expect(screen.getByText(`${total}件中 ${high}件を表示しています`)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: '分類' }), '9');
    expect(screen.getAllByRole('article').map((a) => a.id)).toEqual(['item-9-1', 'item-9-2']);

    await user.selectOptions(screen.getByRole('combobox', { name: '分類' }), '');
    await user.selectOptions(priority, '');
    await user.selectOptions(screen.getByRole('combobox', { name: '想定される脅威' }), 'theft-loss');
    const theft = method1.filter((i) => i.threats.includes('theft-loss'));
    expect(screen.getAllByRole('article')).toHaveLength(theft.length);
    await user.selectOptions(screen.getByRole('combobox', { name: '想定される脅威' }), '');

    const openOnly = screen.getByRole('checkbox', { name: `未完了の項目のみ（${total}）` });
    await user.click(within(statusGroup('1-1')).getByRole('radio', { name: '実施済み' }));
    expect(openOnly).toHaveAccessibleName(`未完了の項目のみ（${total - 1}）`);
    await user.click(openOnly);
    expect(screen.queryByRole('article', { name: /^1-1 / })).not.toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(total - 1);

    // An item answered under "still open only" stays until the filter changes, so the focus is not lost.
    await user.click(within(statusGroup('1-2')).getByRole('radio', { name: '実施済み' }));
    expect(article('1-2')).toBeInTheDocument();
    expect(openOnly).toHaveAccessibleName(`未完了の項目のみ（${total - 2}）`);
    await user.selectOptions(priority, '◎');
    expect(screen.queryByRole('article', { name: /^1-2 / })).not.toBeInTheDocument();
    expect(within(priority).getByRole('option', { name: `◎（${high - 2}）` })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '絞り込みを解除' }));
    expect(screen.getAllByRole('article')).toHaveLength(total);
  });

  it('shows an item excluded by a scope answer as 対象外 with the official reason, and lets the user include it', async () => {
    const user = userEvent.setup();
    seed({ scope: { 'online-meetings': false } });
    renderScreen();
    const meetings = catalogue.scopeQuestions.find((q) => q.id === 'online-meetings')!;
    const item = article('3-3');
    expect(within(item).getByText('対象外（利用状況の回答による）')).toBeInTheDocument();
    expect(within(item).getByText(`理由：${meetings.reason.ja}`)).toBeInTheDocument();
    expect(within(item).queryByRole('group', { name: '3-3 の実施状況' })).not.toBeInTheDocument();
    expect(screen.getByText('利用状況の回答により、4件が対象外になっています。')).toBeInTheDocument();
    expect(
      screen.getByText('対象外：4件（集計に含めていません）', { selector: '.progress-card:first-child *' }),
    ).toBeInTheDocument();

    await user.click(within(item).getByRole('button', { name: 'この項目を対象に含める' }));
    expect(storedEnv().overrides).toEqual(['3-3']);
    // The button keeps the focus as it turns into its opposite.
    expect(within(item).getByRole('button', { name: '対象外に戻す' })).toHaveFocus();
    const group = statusGroup('3-3');
    expect(within(group).getByRole('radio', { name: '未回答' })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: '実施済み' }));
    expect(storedEnv().answers['3-3']?.status).toBe('done');

    await user.click(within(item).getByRole('button', { name: '対象外に戻す' }));
    expect(storedEnv().overrides).toEqual([]);
    expect(within(item).getByText(`理由：${meetings.reason.ja}`)).toBeInTheDocument();
  });

  it('opens the seed’s explanation of a glossary term in place, and closes it again', async () => {
    const user = userEvent.setup();
    renderScreen();
    const item = article('1-2');
    const term = within(item).getByRole('button', { name: /^重要情報/ });
    expect(term).toHaveAttribute('aria-expanded', 'false');
    await user.click(term);
    expect(term).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(term.getAttribute('aria-controls')!)!;
    expect(panel).toBeVisible();
    expect(within(panel).getByRole('heading', { name: '「重要情報」について' })).toBeInTheDocument();
    const keyTerm = catalogue.keyTerms.find((k) => k.id === 'important-information')!;
    const firstBlock = keyTerm.sections[0]!.blocks[0]!;
    expect(firstBlock.type).toBe('paragraph');
    if (firstBlock.type === 'paragraph')
      expect(within(panel).getByText(firstBlock.text.ja)).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(term).toHaveAttribute('aria-expanded', 'false');
    expect(term).toHaveFocus();
    expect(panel).not.toBeVisible();
  });

  it('renders a key term’s table', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(within(article('10-1')).getByRole('button', { name: /^管理者権限/ }));
    const table = within(article('10-1')).getByRole('table');
    expect(within(table).getByRole('columnheader', { name: '管理者権限の例' })).toBeInTheDocument();
  });

  it('links footnote markers to the notes beneath the text', async () => {
    const user = userEvent.setup();
    renderScreen();
    const item = article('1-2');
    await user.click(within(item).getByRole('button', { name: '注記※1へ' }));
    const note = within(within(item).getByRole('list', { name: '注記' })).getByRole('listitem');
    expect(note).toHaveFocus();
    expect(note).toHaveTextContent(catalogue.items.find((i) => i.id === '1-2')!.notes[0]!.text.ja);
  });

  it('explains why an item matters on request', async () => {
    const user = userEvent.setup();
    renderScreen();
    const item = article('8-3');
    const toggle = within(item).getByRole('button', { name: 'なぜ必要か' });
    const detail = catalogue.items.find((i) => i.id === '8-3')!;
    expect(within(item).queryByText(detail.threatDetail.ja)).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(item).getByText(detail.threatDetail.ja)).toBeVisible();
    expect(within(item).getByText(detail.remark!.ja, { selector: '.why__panel p' })).toBeVisible();
  });

  it('jumps to the next unanswered item after the current one, wrapping round', async () => {
    const user = userEvent.setup();
    const answers = Object.fromEntries(
      method1
        .filter((i) => !['1-2', '9-4'].includes(i.id))
        .map((i) => [i.id, { status: 'done' as const, note: '', updatedAt: 1 }]),
    );
    seed({ answers });
    renderScreen();
    const next = screen.getByRole('button', { name: /次の未回答の項目へ/ });
    await user.click(next);
    expect(article('1-2')).toHaveFocus();
    await user.click(next);
    expect(article('9-4')).toHaveFocus();
    await user.keyboard('n');
    expect(article('1-2')).toHaveFocus();
  });

  it('says so when every item is answered', async () => {
    const user = userEvent.setup();
    seed({
      answers: Object.fromEntries(
        method1.map((i) => [i.id, { status: 'na' as const, note: '', updatedAt: 1 }]),
      ),
    });
    renderScreen();
    await user.click(screen.getByRole('button', { name: /次の未回答の項目へ/ }));
    expect(screen.getByText('未回答の項目はありません。')).toBeInTheDocument();
  });

  it('shows the progress of the whole assessment across its environments', () => {
    const other: Environment = {
      id: 'env-2',
      name: '私用スマホ',
      method: 6,
      path: [],
      scope: {},
      overrides: [],
      answers: { '1-1': { status: 'done', note: '', updatedAt: 1 } },
      createdAt: 1,
      updatedAt: 1,
    };
    seed({}, [other]);
    renderScreen();
    const whole = screen.getByRole('region', { name: '診断全体（2環境）' });
    const total = method1.length + itemsForMethod(catalogue, 6).length;
    expect(within(whole).getByText('回答済み').nextSibling).toHaveTextContent(`1 / ${total}件`);
  });

  it('asks for a method first when none is chosen, and says when the environment does not exist', () => {
    seed({ method: null });
    const { unmount } = renderScreen();
    expect(screen.getByRole('heading', { name: 'まだテレワーク方式が選ばれていません' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '方式を選ぶ' })).toHaveAttribute(
      'href',
      `#/a/${AID}/e/${EID}/pick`,
    );
    unmount();
    render(<ChecklistScreen assessmentId={AID} environmentId="nope" />);
    expect(screen.getByRole('heading', { name: 'この環境が見つかりません' })).toBeInTheDocument();
  });
});
