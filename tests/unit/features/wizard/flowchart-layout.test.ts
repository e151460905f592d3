import { describe, expect, it } from 'vitest';
import raw from '../../../../data/catalogue.json';
import { parseCatalogue, type MethodId } from '../../../../src/domain/catalogue-schema';
import {
  layoutFlowchart,
  textWidth,
  wrapText,
  type DiagramTexts,
} from '../../../../src/features/wizard/flowchart-layout';

const catalogue = parseCatalogue(raw);
const texts: DiagramTexts = {
  question: (q) => (q.short ?? q.text).ja,
  option: (o) => (o.short ?? o.label).ja,
  method: (id: MethodId) => [`方式${id}`, catalogue.methods.find((m) => m.id === id)!.name.ja],
  currentMarker: '▶ いま回答中',
  methodMarker: '★ この環境の方式',
  chosenMarker: '✓',
};

const layout = (
  path: { question: string; option: string }[],
  current: string | null,
  method: MethodId | null,
) => layoutFlowchart({ flowchart: catalogue.flowchart, width: 360, texts, path, current, method });

describe('wrapText', () => {
  it('breaks Japanese between characters to fit the width', () => {
    const lines = wrapText(
      'テレワーク端末から、オフィスのネットワークにどのように接続していますか？',
      140,
      14,
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('テレワーク端末から、オフィスのネットワークにどのように接続していますか？');
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(140 + 14);
  });

  it('does not start a line with closing punctuation', () => {
    for (const width of [70, 84, 98, 112, 126, 140]) {
      for (const line of wrapText('端末から、オフィスへ。接続（VPN）します？', width, 14).slice(1)) {
        expect(line[0]).not.toMatch(/[、。）？]/);
      }
    }
  });

  it('keeps English words whole', () => {
    const lines = wrapText('Connect by VPN or remote desktop to the office network', 120, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Connect by VPN or remote desktop to the office network');
  });

  it('returns no lines for an empty text', () => {
    expect(wrapText('', 100, 14)).toEqual([]);
  });
});

describe('layoutFlowchart', () => {
  it('draws every question and every method of the catalogue', () => {
    const l = layout([], 'device', null);
    expect(l.boxes.filter((b) => b.kind === 'question')).toHaveLength(catalogue.flowchart.questions.length);
    expect(l.boxes.filter((b) => b.kind === 'method')).toHaveLength(8);
    expect(l.labels).toHaveLength(12);
  });

  it('stacks the boxes without overlap, inside the drawing', () => {
    const l = layout([], 'device', null);
    const sorted = [...l.boxes].sort((a, b) => a.y - b.y);
    sorted.forEach((b, i) => {
      expect(b.x + b.width).toBeLessThanOrEqual(l.width);
      if (i > 0) expect(b.y).toBeGreaterThanOrEqual(sorted[i - 1]!.y + sorted[i - 1]!.height);
    });
    expect(l.height).toBeGreaterThanOrEqual(sorted[sorted.length - 1]!.y + sorted[sorted.length - 1]!.height);
  });

  it('highlights exactly the route and marks the result', () => {
    const l = layout(
      [
        { question: 'device', option: 'personal' },
        { question: 'connection-personal', option: 'none' },
        { question: 'cloud-personal', option: 'yes' },
      ],
      null,
      6,
    );
    expect(l.labels.filter((x) => x.onPath).map((x) => x.lines.join(''))).toEqual([
      '✓ 個人所有',
      '✓ 接続しない',
      '✓ 利用する',
    ]);
    expect(l.boxes.filter((b) => b.onPath && b.kind === 'question')).toHaveLength(3);
    const onPathMethods = l.boxes.filter((b) => b.onPath && b.kind === 'method');
    expect(onPathMethods.map((b) => b.lines[0])).toEqual(['方式6']);
    expect(onPathMethods[0]!.marker).toBe('★ この環境の方式');
    expect(l.boxes.filter((b) => b.marker !== null)).toHaveLength(1);
    // The highlighted connectors run from the first question down to the result, nowhere else.
    expect(l.lines.filter((x) => x.onPath).length).toBeGreaterThanOrEqual(3);
    expect(l.lines.filter((x) => x.onPath && x.key.startsWith('h-')).map((x) => x.key.split(':')[1])).toEqual(
      ['personal', 'none', 'yes'],
    );
  });

  it('marks the question being answered and nothing as the result', () => {
    const l = layout([{ question: 'device', option: 'company' }], 'connection-company', null);
    const current = l.boxes.filter((b) => b.current);
    expect(current).toHaveLength(1);
    expect(current[0]!.marker).toBe('▶ いま回答中');
    expect(current[0]!.lines.join('')).toBe(
      texts.question(catalogue.flowchart.questions.find((q) => q.id === 'connection-company')!),
    );
    expect(l.boxes.some((b) => b.marker === '★ この環境の方式')).toBe(false);
  });
});
