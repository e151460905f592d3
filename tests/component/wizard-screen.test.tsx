import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage, setupI18n } from '../../src/i18n/setup';
import { useAppStore } from '../../src/state/store';
import { App } from '../../src/app/app';
import { catalogue } from '../../src/catalogue';

// The catalogue's wording is checked against the seed elsewhere; here it is read from the catalogue itself.
const questionText = (id: string) => catalogue.flowchart.questions.find((q) => q.id === id)!.text.ja;
const optionLabel = (q: string, o: string) =>
  catalogue.flowchart.questions.find((x) => x.id === q)!.options.find((x) => x.id === o)!.label.ja;
const scopeText = (id: string) => catalogue.scopeQuestions.find((q) => q.id === id)!.text.ja;
const DEVICE_Q = questionText('device');
const CONNECTION_Q = questionText('connection-company');
const CLOUD_Q = questionText('cloud-personal');
const COMPANY = optionLabel('device', 'company');
const PERSONAL = optionLabel('device', 'personal');
const VPN = optionLabel('connection-company', 'vpn-rdp');
const NOT_CONNECTED = optionLabel('connection-personal', 'none');

let aid = '';
let eid = '';
const env = () =>
  useAppStore
    .getState()
    .assessments.find((a) => a.id === aid)!
    .environments.find((e) => e.id === eid)!;
const base = () => `#/a/${aid}/e/${eid}`;

function open(route: string) {
  window.location.hash = `${base()}/${route}`;
  return render(<App />);
}

/** The question on screen: the group named by the question, with its heading. */
async function question(text: string) {
  // Role queries over the drawn flowchart are slow in jsdom; give the screen time to settle after navigation.
  const group = await screen.findByRole('group', { name: text }, { timeout: 4000 });
  expect(screen.getByRole('heading', { level: 1, name: text })).toBeInTheDocument();
  return group;
}

beforeAll(async () => {
  await setupI18n();
  await changeLanguage('ja', false);
});

beforeEach(() => {
  useAppStore.setState({ assessments: [], lastUndo: null });
  aid = useAppStore.getState().createAssessment('2024年度 点検');
  eid = useAppStore.getState().addEnvironment(aid, '社用ノートPC')!;
});

describe('WizardScreen: the questions', () => {
  it('asks one question per screen and ends at ① for a company laptop over VPN', async () => {
    const user = userEvent.setup();
    open('pick');

    const first = await question(DEVICE_Q);
    expect(window.location.hash).toBe(`${base()}/pick/device`);
    expect(screen.getByText('質問 1（全部で最大 3 問）')).toBeInTheDocument();
    expect(within(first).getAllByRole('radio')).toHaveLength(2);
    await user.click(within(first).getByRole('radio', { name: COMPANY }));
    await user.click(screen.getByRole('button', { name: '次の質問へ' }));

    const second = await question(CONNECTION_Q);
    expect(window.location.hash).toBe(`${base()}/pick/connection-company`);
    await user.click(within(second).getByRole('radio', { name: VPN }));
    // The button says where it leads: this answer settles the method.
    await user.click(screen.getByRole('button', { name: '結果を見る' }));

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: '方式① 会社支給端末・VPN/リモートデスクトップ方式',
      }),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe(`${base()}/result`);
    expect(env()).toMatchObject({
      method: 1,
      path: [
        { question: 'device', option: 'company' },
        { question: 'connection-company', option: 'vpn-rdp' },
      ],
    });
  });

  it('explains each option with the seed’s examples, tied to its radio', async () => {
    open('pick/device');
    const radio = within(await question(DEVICE_Q)).getByRole('radio', { name: PERSONAL });
    const option = catalogue.flowchart.questions[0]!.options.find((o) => o.id === 'personal')!;
    expect(option.examples?.length).toBeGreaterThan(0);
    expect(radio).toHaveAccessibleDescription(expect.stringContaining(option.help!.ja));
    for (const example of option.examples!)
      expect(radio).toHaveAccessibleDescription(expect.stringContaining(example.ja));
  });

  it('refuses to go on without an answer, says why and puts focus on the options', async () => {
    const user = userEvent.setup();
    open('pick/device');
    const group = await question(DEVICE_Q);
    await user.click(screen.getByRole('button', { name: '次の質問へ' }));
    expect(screen.getByRole('alert')).toHaveTextContent('いずれかの選択肢を選んでください。');
    expect(within(group).getByRole('radio', { name: COMPANY })).toHaveFocus();
    expect(window.location.hash).toBe(`${base()}/pick/device`);
    expect(env().path).toEqual([]);
  });

  it('goes back to the previous question with the answer still selected, and keeps the later answers', async () => {
    const user = userEvent.setup();
    open('pick/device');
    await user.click(within(await question(DEVICE_Q)).getByRole('radio', { name: PERSONAL }));
    await user.click(screen.getByRole('button', { name: '次の質問へ' }));
    await user.click(within(await question(CONNECTION_Q)).getByRole('radio', { name: NOT_CONNECTED }));
    await user.click(screen.getByRole('button', { name: '次の質問へ' }));
    await question(CLOUD_Q);
    expect(window.location.hash).toBe(`${base()}/pick/cloud-personal`);

    await user.click(screen.getByRole('button', { name: '前の質問に戻る' }));
    const connection = await question(CONNECTION_Q);
    await waitFor(() => expect(window.location.hash).toBe(`${base()}/pick/connection-personal`));
    expect(within(connection).getByRole('radio', { name: NOT_CONNECTED })).toBeChecked();

    await user.click(screen.getByRole('button', { name: '前の質問に戻る' }));
    const device = await question(DEVICE_Q);
    expect(within(device).getByRole('radio', { name: PERSONAL })).toBeChecked();
    // Stepping back changes nothing that was answered.
    expect(env().path).toHaveLength(2);

    // Giving the same answer again goes on with the later answers intact.
    await user.click(screen.getByRole('button', { name: '次の質問へ' }));
    expect(within(await question(CONNECTION_Q)).getByRole('radio', { name: NOT_CONNECTED })).toBeChecked();
  });

  it('changing an earlier answer drops the later ones, which no longer apply', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setFlowPath(
      aid,
      eid,
      [
        { question: 'device', option: 'company' },
        { question: 'connection-company', option: 'none' },
        { question: 'cloud-company', option: 'yes' },
      ],
      2,
    );
    open('pick/device');
    await user.click(within(await question(DEVICE_Q)).getByRole('radio', { name: PERSONAL }));
    await user.click(screen.getByRole('button', { name: '次の質問へ' }));
    expect(
      within(await question(CONNECTION_Q)).getByRole('radio', { name: NOT_CONNECTED }),
    ).not.toBeChecked();
    expect(window.location.hash).toBe(`${base()}/pick/connection-personal`);
    // The method stays ② until the new answers settle another one.
    expect(env()).toMatchObject({ method: 2, path: [{ question: 'device', option: 'personal' }] });
    expect(screen.getByText(/いまの方式は方式②です。/)).toBeInTheDocument();
  });

  it('replaces an address naming a question the answers do not lead to', async () => {
    useAppStore.getState().setFlowPath(aid, eid, [{ question: 'device', option: 'company' }], null);
    open('pick/cloud-personal');
    await question(CONNECTION_Q);
    expect(window.location.hash).toBe(`${base()}/pick/connection-company`);
  });

  it('draws the flowchart beside the question, marking the question being answered', async () => {
    useAppStore.getState().setFlowPath(aid, eid, [{ question: 'device', option: 'personal' }], null);
    open('pick/connection-personal');
    await question(CONNECTION_Q);
    const diagram = screen.getByRole('img', { name: 'テレワーク方式を確認するフローチャート' });
    expect(diagram).toHaveAccessibleDescription(/あなたの回答の経路：.*「個人所有/);
    expect(diagram).toHaveAccessibleDescription(/いま回答中の質問は/);
  });
});

describe('WizardScreen: the result and the direct choice', () => {
  it('shows the method, why, its characteristics and its item counts, and offers the next steps', async () => {
    useAppStore.getState().setFlowPath(
      aid,
      eid,
      [
        { question: 'device', option: 'personal' },
        { question: 'connection-personal', option: 'none' },
        { question: 'cloud-personal', option: 'yes' },
      ],
      6,
    );
    open('result');
    expect(
      await screen.findByRole('heading', { level: 1, name: '方式⑥ 個人所有端末・クラウドサービス方式' }),
    ).toBeInTheDocument();
    expect(screen.getByText('あなたの回答から、この環境は方式⑥にあたります。')).toBeInTheDocument();

    const why = screen.getByRole('region', { name: 'この方式になった理由' });
    expect(within(why).getAllByRole('listitem')).toHaveLength(3);
    expect(within(why).getAllByRole('link', { name: /の回答を変更$/ })).toHaveLength(3);

    const facts = screen.getByRole('region', { name: 'この方式の特徴' });
    expect(within(facts).getByText('オフィスネットワークへの接続方式').nextSibling).toHaveTextContent(
      '接続しない',
    );
    expect(screen.getByText('全27項目（◎ 11項目・○ 16項目）')).toBeInTheDocument();

    const items = screen.getByRole('region', { name: 'この方式の対策項目' });
    const ids = within(items)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.result-items__id')?.textContent);
    for (const absent of ['3-2', '5-4', '7-3', '9-3', '10-3']) expect(ids).not.toContain(absent);

    expect(screen.getByRole('link', { name: '利用状況の質問に進む' })).toHaveAttribute(
      'href',
      `${base()}/scope`,
    );
    expect(screen.getByRole('link', { name: 'チェックリストを始める' })).toHaveAttribute(
      'href',
      `${base()}/checklist`,
    );
    expect(
      screen.getByRole('img', { name: 'テレワーク方式を確認するフローチャート' }),
    ).toHaveAccessibleDescription(/あなたの回答の経路：.*方式⑥ 個人所有端末・クラウドサービス方式/);
  });

  it('lets someone who knows the method pick it from the 8, and shows where it sits in the flowchart', async () => {
    const user = userEvent.setup();
    open('choose');
    const radios = await screen.findAllByRole('radio');
    expect(radios).toHaveLength(8);
    await user.click(screen.getByRole('button', { name: 'この方式にする' }));
    expect(screen.getByRole('alert')).toHaveTextContent('方式を1つ選んでください。');

    await user.click(screen.getByRole('radio', { name: /方式⑧ 個人所有端末・セキュアブラウザ方式/ }));
    await user.click(screen.getByRole('button', { name: 'この方式にする' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: '方式⑧ 個人所有端末・セキュアブラウザ方式' }),
    ).toBeInTheDocument();
    expect(screen.getByText('一覧から方式⑧が選ばれています。')).toBeInTheDocument();
    expect(env()).toMatchObject({ method: 8, path: [] });
    expect(
      screen.getByRole('img', { name: 'テレワーク方式を確認するフローチャート' }),
    ).toHaveAccessibleDescription(/一覧から選んだ方式⑧に至る経路：.*「個人所有.*「セキュアブラウザ/);
  });

  it('says which methods the guide leaves out and warns a secure-browser user about a second environment', async () => {
    open('choose');
    await screen.findAllByRole('radio');
    const scope = screen.getByRole('region', { name: '手引きが扱う方式と扱わない方式' });
    expect(within(scope).getByText(/セキュアコンテナ方式は、この手引きの対象外です/)).toBeInTheDocument();
    expect(
      within(scope).getByRole('link', {
        name: 'テレワークセキュリティガイドライン（第5版）（総務省、外部サイト）',
      }),
    ).toHaveAttribute('href', 'https://www.soumu.go.jp/main_sosiki/cybersecurity/telework/');
    expect(within(scope).getByText(/「VPN方式」と「リモートデスクトップ方式」は/)).toBeInTheDocument();
    expect(within(scope).getByText(/「クラウドサービス方式」を併用する場合/)).toBeInTheDocument();
    const secureBrowser = /端末に会社のデータを保管する場合の対策（8-3、8-4）は含まれていません/;
    expect(screen.getByRole('radio', { name: /方式④/ })).toHaveAccessibleDescription(secureBrowser);
    expect(screen.getByRole('radio', { name: /方式①/ })).not.toHaveAccessibleDescription(secureBrowser);
    cleanup();

    useAppStore.getState().setFlowPath(aid, eid, [{ question: 'device', option: 'company' }], null);
    open('pick/connection-company');
    await screen.findAllByRole('radio');
    expect(screen.getByText('VDI（仮想デスクトップ）やセキュアコンテナを使っている場合')).toBeInTheDocument();
    cleanup();

    useAppStore.getState().chooseMethod(aid, eid, 8);
    open('result');
    expect(await screen.findByText(secureBrowser)).toBeInTheDocument();
  });

  it('says that answers recorded under another method are kept', async () => {
    useAppStore.getState().chooseMethod(aid, eid, 1);
    useAppStore.getState().setItemStatus(aid, eid, '5-4', 'done');
    useAppStore.getState().chooseMethod(aid, eid, 6);
    open('result');
    expect(await screen.findByText(/ほかの方式で記録した回答が1件保存されています。/)).toBeInTheDocument();
  });

  it('sends an environment without a method to the questions', async () => {
    open('result');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'まだ方式が決まっていません' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '質問に答える' })).toHaveAttribute('href', `${base()}/pick`);
  });

  it('says so when the environment does not exist', async () => {
    window.location.hash = `#/a/${aid}/e/nope/result`;
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'この環境が見つかりません' }),
    ).toBeInTheDocument();
  });
});

describe('WizardScreen: the scope questions', () => {
  it('asks only what matters for the method and marks the items of a "no" 対象外 with the official reason', async () => {
    const user = userEvent.setup();
    useAppStore.getState().chooseMethod(aid, eid, 6);
    open('scope');
    expect(await screen.findByRole('heading', { level: 1, name: '利用状況の確認' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getAllByRole('group')).toHaveLength(4);

    const meetings = screen.getByRole('group', { name: scopeText('online-meetings') });
    expect(meetings).toHaveAccessibleDescription(
      /「いいえ」の場合、項目 3-3・3-4・3-5・8-5 が対象外になります。/,
    );
    expect(within(meetings).getByRole('radio', { name: '未回答（すべて対象のまま）' })).toBeChecked();
    await user.click(within(meetings).getByRole('radio', { name: 'いいえ' }));

    expect(env().scope).toEqual({ 'online-meetings': false });
    const summary = screen.getByRole('region', { name: '対象外になる項目' });
    expect(within(summary).getByRole('status')).toHaveTextContent('対象外：4件（全27項目中）');
    expect(
      within(summary).getAllByText('対象外の理由：クラウドサービス(オンライン会議)利用無しの場合は対象外'),
    ).toHaveLength(4);

    await user.click(
      within(summary).getByRole('checkbox', { name: '対象外にせず、チェックリストで確認する（項目8-5）' }),
    );
    expect(env().overrides).toEqual(['8-5']);
    expect(within(summary).getByRole('status')).toHaveTextContent('対象外：3件（全27項目中）');

    await user.click(within(meetings).getByRole('radio', { name: 'はい' }));
    expect(env().scope).toEqual({ 'online-meetings': true });
    expect(within(summary).getByRole('status')).toHaveTextContent('現在、対象外の項目はありません。');
  });

  it('does not ask a standalone method whether the device keeps data', async () => {
    useAppStore.getState().chooseMethod(aid, eid, 7);
    open('scope');
    await screen.findByRole('heading', { level: 1, name: '利用状況の確認' });
    const groups = within(screen.getByRole('main')).getAllByRole('group');
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual([scopeText('smartphones')]);
  });
});

describe('WizardScreen: history', () => {
  it('follows the browser’s back button to the previous question', async () => {
    const user = userEvent.setup();
    open('pick/device');
    await user.click(within(await question(DEVICE_Q)).getByRole('radio', { name: COMPANY }));
    await user.click(screen.getByRole('button', { name: '次の質問へ' }));
    await question(CONNECTION_Q);
    await act(async () => {
      window.history.back();
      await new Promise((r) => setTimeout(r, 50));
    });
    await question(DEVICE_Q);
    expect(window.location.hash).toBe(`${base()}/pick/device`);
  });
});
