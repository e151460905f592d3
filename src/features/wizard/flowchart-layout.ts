import type { FlowOption, FlowQuestion, MethodId } from '../../domain/catalogue-schema';
import type { FlowStep } from '../../domain/assessment';
import { findQuestion, type Flowchart } from '../../domain/flowchart';

/**
 * Lays the flowchart out as an indented tree for an SVG: each question is a box, each option a labelled branch
 * under it, each method a box at the end of a branch. An indented tree stays readable in a narrow column
 * (and at 320 px), where a top-down chart with eight leaves side by side would not.
 *
 * Pure: the caller supplies the texts in the current language, so this module knows nothing of i18n or React.
 */

export interface DiagramTexts {
  question: (q: FlowQuestion) => string;
  option: (o: FlowOption) => string;
  /** The method's box, e.g. ["方式①", "会社支給端末・VPN/リモートデスクトップ方式"]: first line in bold. */
  method: (id: MethodId) => [string, string];
  /** Put above the box of the question being answered (e.g. "▶ いま回答中"). */
  currentMarker: string;
  /** Put above the box of the resulting method (e.g. "✓ この環境の方式"). */
  methodMarker: string;
  /** Put before the label of each chosen option (e.g. "✓"). */
  chosenMarker: string;
}

export interface DiagramInput {
  flowchart: Flowchart;
  /** Width of the drawing in SVG units; the text wraps to fit. */
  width: number;
  texts: DiagramTexts;
  /** The route to highlight. */
  path: readonly FlowStep[];
  /** The question being answered, marked as such. */
  current: string | null;
  /** The method the route ends in, marked as such. */
  method: MethodId | null;
}

export interface DiagramBox {
  key: string;
  kind: 'question' | 'method';
  x: number;
  y: number;
  width: number;
  height: number;
  /** A marker line drawn above the box text, or null. */
  marker: string | null;
  lines: string[];
  /** The first line is a title (the method's number). */
  titleLine: boolean;
  onPath: boolean;
  current: boolean;
}

export interface DiagramLabel {
  key: string;
  x: number;
  y: number;
  lines: string[];
  onPath: boolean;
}

export interface DiagramLine {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  onPath: boolean;
}

export interface DiagramLayout {
  width: number;
  height: number;
  boxes: DiagramBox[];
  labels: DiagramLabel[];
  lines: DiagramLine[];
}

export const DIAGRAM = {
  font: 14,
  labelFont: 13,
  lineHeight: 19,
  labelLineHeight: 17,
  padX: 10,
  padY: 8,
  indent: 24,
  gap: 8,
} as const;

// Characters that may not start a line (Japanese line-breaking rules, simplified) and ones that may not end one.
const NO_START = new Set([
  ...'、。，．,.・ー－）)」』】〕？！?!：:；;ぁぃぅぇぉっゃゅょァィゥェォッャュョ々',
]);
const NO_END = new Set([...'（(「『【〔']);

/** Rough advance width of a character in ems; CJK and symbols are full width. */
function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2460 && code <= 0x27bf) return 1; // circled numbers, ✓, ★ and friends
  if (
    code >= 0x1100 &&
    (code <= 0x115f ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6))
  )
    return 1;
  if (ch === ' ') return 0.3;
  if (/[A-Z]/.test(ch)) return 0.68;
  if (/[a-z0-9]/.test(ch)) return 0.56;
  return 0.45;
}

/** Estimated width of a text in SVG units at a font size; generous so that real fonts fit inside. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w * fontSize;
}

/**
 * Breaks a text into lines no wider than `maxWidth`: Latin words stay whole, Japanese breaks between characters
 * except before closing punctuation or after opening brackets.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = text.match(/[A-Za-z0-9][A-Za-z0-9'’\-./:]*\s*|\s+|./gsu) ?? [];
  const lines: string[][] = [[]];
  let width = 0;
  for (const token of tokens) {
    const line = lines[lines.length - 1]!;
    const w = textWidth(token.trimEnd(), fontSize);
    const first = [...token][0] ?? '';
    const fits = width + w <= maxWidth;
    if (fits || line.length === 0 || NO_START.has(first)) {
      line.push(token);
      width += textWidth(token, fontSize);
      continue;
    }
    // Carry a trailing opening bracket over to the new line with what it opens.
    const carried: string[] = [];
    while (line.length > 1 && NO_END.has(line[line.length - 1]!)) carried.unshift(line.pop()!);
    lines.push([...carried, token]);
    width = textWidth([...carried, token].join(''), fontSize);
  }
  return lines.map((l) => l.join('').trim()).filter((l) => l.length > 0);
}

/** Lays the flowchart out; see the module comment. */
export function layoutFlowchart(input: DiagramInput): DiagramLayout {
  const { flowchart, width, texts, path, current, method } = input;
  const D = DIAGRAM;
  const boxes: DiagramBox[] = [];
  const labels: DiagramLabel[] = [];
  const lines: DiagramLine[] = [];
  let y = 0;

  const box = (
    key: string,
    kind: DiagramBox['kind'],
    x: number,
    text: string[],
    titleLine: boolean,
    marker: string | null,
    onPath: boolean,
    isCurrent: boolean,
  ) => {
    const w = width - x;
    const wrapped = text.flatMap((t) => wrapText(t, w - 2 * D.padX, D.font));
    const markerHeight = marker ? D.labelLineHeight : 0;
    const height = wrapped.length * D.lineHeight + 2 * D.padY;
    boxes.push({
      key,
      kind,
      x,
      y: y + markerHeight,
      width: w,
      height,
      marker,
      lines: wrapped,
      titleLine,
      onPath,
      current: isCurrent,
    });
    y += markerHeight + height;
  };

  /** Places a question and, under it, its options and what each leads to. `step` is its index on the route. */
  const placeQuestion = (
    q: FlowQuestion,
    depth: number,
    onRoute: boolean,
    step: number,
    ancestors: string[],
  ) => {
    const x = depth * D.indent;
    const isCurrent = onRoute && current === q.id;
    // Keys follow the branch, so a question reached along two branches would still get distinct keys.
    const prefix = ancestors.join('/');
    box(
      `q-${prefix}/${q.id}`,
      'question',
      x,
      [texts.question(q)],
      false,
      isCurrent ? texts.currentMarker : null,
      onRoute,
      isCurrent,
    );
    const trunkX = x + D.indent / 2;
    const chosen =
      onRoute && path[step]?.question === q.id ? q.options.findIndex((o) => o.id === path[step]!.option) : -1;
    let segmentTop = y;
    q.options.forEach((option, i) => {
      const isChosen = i === chosen;
      const childX = x + D.indent;
      y += D.gap;
      const labelText = isChosen ? `${texts.chosenMarker} ${texts.option(option)}` : texts.option(option);
      const labelLines = wrapText(labelText, width - childX, D.labelFont);
      const elbowY = y + D.labelLineHeight / 2 + 1;
      const key = `${prefix}/${q.id}:${option.id}`;
      lines.push({
        key: `v-${key}`,
        x1: trunkX,
        y1: segmentTop,
        x2: trunkX,
        y2: elbowY,
        onPath: chosen >= i,
      });
      lines.push({ key: `h-${key}`, x1: trunkX, y1: elbowY, x2: childX - 3, y2: elbowY, onPath: isChosen });
      labels.push({ key: `l-${key}`, x: childX, y, lines: labelLines, onPath: isChosen });
      y += labelLines.length * D.labelLineHeight + 3;
      segmentTop = elbowY;
      const next = option.next;
      if ('method' in next) {
        const isMethod = isChosen && method === next.method;
        box(
          `m-${key}`,
          'method',
          childX,
          texts.method(next.method),
          true,
          isMethod ? texts.methodMarker : null,
          isChosen,
          false,
        );
        return;
      }
      const child = findQuestion(flowchart, next.question);
      // The schema rules out cycles and dangling references; this guard only keeps a broken file from hanging.
      if (!child || ancestors.includes(child.id) || child.id === q.id) return;
      placeQuestion(child, depth + 1, isChosen, step + 1, [...ancestors, q.id]);
    });
  };

  const start = findQuestion(flowchart, flowchart.start);
  if (start) placeQuestion(start, 0, true, 0, []);
  return { width, height: Math.ceil(y + 2), boxes, labels, lines };
}
