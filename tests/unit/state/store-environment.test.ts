import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { catalogue } from '../../../src/catalogue';
import { scopedItems } from '../../../src/domain/applicability';

const store = () => useAppStore.getState();
const environment = (aid: string, eid: string) =>
  store()
    .assessments.find((a) => a.id === aid)!
    .environments.find((e) => e.id === eid)!;

const VPN_LAPTOP = [
  { question: 'device', option: 'company' },
  { question: 'connection-company', option: 'vpn-rdp' },
];
const CLOUD_PHONE = [
  { question: 'device', option: 'personal' },
  { question: 'connection-personal', option: 'none' },
  { question: 'cloud-personal', option: 'yes' },
];

let aid = '';
let eid = '';

beforeEach(() => {
  useAppStore.setState({ assessments: [], lastUndo: null });
  aid = store().createAssessment('2024年度 点検');
  eid = store().addEnvironment(aid, '社用ノートPC')!;
});

describe('setFlowPath', () => {
  it('records the answers and the method the path ends in', () => {
    store().setFlowPath(aid, eid, VPN_LAPTOP, 1);
    expect(environment(aid, eid)).toMatchObject({ method: 1, path: VPN_LAPTOP });
  });

  it('keeps the earlier method while a re-run is unfinished', () => {
    store().setFlowPath(aid, eid, VPN_LAPTOP, 1);
    store().setFlowPath(aid, eid, [{ question: 'device', option: 'personal' }], null);
    expect(environment(aid, eid)).toMatchObject({
      method: 1,
      path: [{ question: 'device', option: 'personal' }],
    });
  });

  it('keeps every answer and note when the method changes, and restores them on changing back', () => {
    store().setFlowPath(aid, eid, VPN_LAPTOP, 1);
    store().setItemStatus(aid, eid, '5-4', 'done');
    store().setItemNote(aid, eid, '5-4', 'VPN機器は2024年3月に更新済み');
    store().setItemStatus(aid, eid, '1-1', 'partial');

    store().setFlowPath(aid, eid, CLOUD_PHONE, 6);
    const on6 = environment(aid, eid);
    expect(on6.method).toBe(6);
    // 5-4 does not apply to ⑥ but its answer is kept; 1-1 applies to both and shows its answer.
    expect(on6.answers['5-4']).toMatchObject({ status: 'done', note: 'VPN機器は2024年3月に更新済み' });
    expect(scopedItems(catalogue, on6).map((s) => s.item.id)).not.toContain('5-4');
    expect(scopedItems(catalogue, on6).find((s) => s.item.id === '1-1')?.status).toBe('partial');

    store().setFlowPath(aid, eid, VPN_LAPTOP, 1);
    const back = scopedItems(catalogue, environment(aid, eid)).find((s) => s.item.id === '5-4');
    expect(back).toMatchObject({ status: 'done', note: 'VPN機器は2024年3月に更新済み' });
  });
});

describe('chooseMethod', () => {
  it('sets the method, clears the flowchart answers and keeps the item answers', () => {
    store().setFlowPath(aid, eid, VPN_LAPTOP, 1);
    store().setItemStatus(aid, eid, '9-3', 'not-done');
    store().chooseMethod(aid, eid, 5);
    expect(environment(aid, eid)).toMatchObject({ method: 5, path: [] });
    expect(environment(aid, eid).answers['9-3']?.status).toBe('not-done');
  });
});

describe('answerScope', () => {
  it('marks the excluded items 対象外 without touching their answers, and "yes" restores them', () => {
    store().chooseMethod(aid, eid, 2);
    store().setItemStatus(aid, eid, '3-3', 'done');
    store().setItemNote(aid, eid, '3-3', '主催者が参加者を確認');

    store().answerScope(aid, eid, 'online-meetings', false);
    const excluded = scopedItems(catalogue, environment(aid, eid)).find((s) => s.item.id === '3-3');
    expect(excluded?.status).toBe('na');
    expect(environment(aid, eid).answers['3-3']).toMatchObject({
      status: 'done',
      note: '主催者が参加者を確認',
    });

    store().answerScope(aid, eid, 'online-meetings', true);
    const restored = scopedItems(catalogue, environment(aid, eid)).find((s) => s.item.id === '3-3');
    expect(restored).toMatchObject({ status: 'done', note: '主催者が参加者を確認' });
  });

  it('forgets an answer given as null', () => {
    store().chooseMethod(aid, eid, 2);
    store().answerScope(aid, eid, 'webmail', false);
    store().answerScope(aid, eid, 'webmail', null);
    expect(environment(aid, eid).scope).toEqual({});
  });
});

describe('overrideExclusion', () => {
  it('puts an excluded item back in scope and lets the exclusion apply again', () => {
    store().chooseMethod(aid, eid, 6);
    store().answerScope(aid, eid, 'smartphones', false);
    store().overrideExclusion(aid, eid, '8-1', true);
    store().overrideExclusion(aid, eid, '8-1', true);
    expect(environment(aid, eid).overrides).toEqual(['8-1']);
    expect(scopedItems(catalogue, environment(aid, eid)).find((s) => s.item.id === '8-1')?.status).toBe(
      'unanswered',
    );
    store().overrideExclusion(aid, eid, '8-1', false);
    expect(scopedItems(catalogue, environment(aid, eid)).find((s) => s.item.id === '8-1')?.status).toBe('na');
  });
});
