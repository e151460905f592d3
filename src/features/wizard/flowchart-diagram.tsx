import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue, lookup } from '../../catalogue';
import type { FlowStep } from '../../domain/assessment';
import type { FlowOption, FlowQuestion, MethodId } from '../../domain/catalogue-schema';
import { findQuestion, walkFlowchart } from '../../domain/flowchart';
import { DIAGRAM, layoutFlowchart, type DiagramTexts } from './flowchart-layout';
import { useLocalized } from '../../ui/use-localized';
import { circled } from '../../ui/method-badge';

interface Props {
  /** The route to highlight: the user's answers, or the canonical route to a method chosen directly. */
  path: readonly FlowStep[];
  /** The question being answered, if any. */
  current?: string | null;
  /** The method the route ends in, if any. */
  method?: MethodId | null;
  /** The route was not answered but derived from a method chosen from the list. */
  canonical?: boolean;
  /** Width of the drawing in SVG units: narrow beside the wizard, wider on the result. */
  width?: number;
  className?: string;
}

/** Short texts for the diagram, falling back to the full wording when the catalogue has none. */
function useDiagramTexts() {
  const { t } = useTranslation('wizard');
  const { t: tc } = useTranslation('common');
  const { tx } = useLocalized();
  return useMemo(() => {
    const question = (q: FlowQuestion) => tx(q.short ?? q.text);
    const option = (o: FlowOption) => tx(o.short ?? o.label);
    const methodLine = (id: MethodId): [string, string] => {
      const m = lookup.method(id);
      return [tc('method.label', { number: circled(id) }), m ? tx(m.name) : ''];
    };
    const texts: DiagramTexts = {
      question,
      option,
      method: methodLine,
      currentMarker: t('diagram.currentMarker'),
      methodMarker: t('diagram.methodMarker'),
      chosenMarker: '✓',
    };
    return texts;
  }, [t, tc, tx]);
}

/**
 * The method-picking flowchart drawn from the catalogue data, with a route highlighted by thick lines, filled
 * boxes and ✓ marks (not by colour alone). Screen readers get the route as the image's description, and
 * everyone can open the whole chart as nested lists.
 */
export function FlowchartDiagram({
  path,
  current = null,
  method = null,
  canonical = false,
  width = 360,
  className,
}: Props) {
  const { t } = useTranslation('wizard');
  const texts = useDiagramTexts();
  const id = useId();
  const flowchart = catalogue.flowchart;

  const layout = useMemo(
    () => layoutFlowchart({ flowchart, width, texts, path, current, method }),
    [flowchart, width, texts, path, current, method],
  );

  // Beside the wizard the chart scrolls in its own column; bring the question being answered (or the result)
  // into view there, without moving the page itself.
  const svgRef = useRef<SVGSVGElement>(null);
  useEffect(() => {
    const svg = svgRef.current;
    const target = svg?.querySelector('.flowchart__box--current, .flowchart__box--result');
    const scroller = svg ? scrollableAncestor(svg) : null;
    if (!target || !scroller) return;
    const outer = scroller.getBoundingClientRect();
    const inner = target.getBoundingClientRect();
    scroller.scrollTop += inner.top - outer.top - Math.max(0, (outer.height - inner.height) / 2);
  }, [layout]);

  const walk = walkFlowchart(flowchart, path);
  const route = walk.steps.map((s) =>
    t('diagram.answer', { question: texts.question(s.question), option: texts.option(s.option) }),
  );
  if (walk.method !== null) route.push(texts.method(walk.method).join(' '));
  const currentQuestion = current ? findQuestion(flowchart, current) : undefined;
  const description = [
    route.length === 0
      ? t('diagram.notStarted', {
          question: texts.question(findQuestion(flowchart, flowchart.start) ?? flowchart.questions[0]!),
        })
      : canonical && method !== null
        ? t('diagram.routeCanonical', {
            method: texts.method(method)[0],
            route: route.join(t('diagram.routeSeparator')),
          })
        : t('diagram.route', { route: route.join(t('diagram.routeSeparator')) }),
    currentQuestion && route.length > 0
      ? t('diagram.current', { question: texts.question(currentQuestion) })
      : '',
  ]
    .filter(Boolean)
    .join(' ');

  const D = DIAGRAM;
  return (
    <figure className={`flowchart${className ? ` ${className}` : ''}`}>
      <svg
        ref={svgRef}
        className="flowchart__svg"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`-2 -2 ${layout.width + 4} ${layout.height + 4}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{t('diagram.title')}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g aria-hidden="true">
          {layout.lines.map((l) => (
            <line
              key={l.key}
              className={`flowchart__line${l.onPath ? ' flowchart__line--on' : ''}`}
              x1={l.x1}
              y1={l.y1}
              x2={l.x2}
              y2={l.y2}
            />
          ))}
          {layout.labels.map((l) => (
            <text
              key={l.key}
              className={`flowchart__label${l.onPath ? ' flowchart__label--on' : ''}`}
              x={l.x}
              y={l.y}
            >
              {l.lines.map((line, i) => (
                <tspan key={i} x={l.x} y={l.y + i * D.labelLineHeight + D.labelFont}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
          {layout.boxes.map((b) => {
            const modifiers = [
              `flowchart__box--${b.kind}`,
              b.onPath ? 'flowchart__box--on' : '',
              b.current ? 'flowchart__box--current' : '',
              b.marker && b.kind === 'method' ? 'flowchart__box--result' : '',
            ]
              .filter(Boolean)
              .join(' ');
            return (
              <g key={b.key} className={`flowchart__box ${modifiers}`}>
                {b.marker && (
                  <text className="flowchart__marker" x={b.x} y={b.y - 5}>
                    {b.marker}
                  </text>
                )}
                <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={6} ry={6} />
                <text className="flowchart__text">
                  {b.lines.map((line, i) => (
                    <tspan
                      key={i}
                      className={b.titleLine && i === 0 ? 'flowchart__title' : undefined}
                      x={b.x + D.padX}
                      y={b.y + D.padY + i * D.lineHeight + D.font}
                    >
                      {line}
                    </tspan>
                  ))}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption className="flowchart__legend">
        {route.length > 0 && (canonical ? t('diagram.legendCanonical') : t('diagram.legend'))}
      </figcaption>
      <details className="flowchart__text-version">
        <summary>{t('diagram.textVersion')}</summary>
        <FlowchartOutline path={walk.path} texts={texts} />
      </details>
    </figure>
  );
}

/** The nearest ancestor that scrolls vertically on its own, if any. */
function scrollableAncestor(el: Element): HTMLElement | null {
  for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/** The whole flowchart as nested lists, with the highlighted answers named in words. */
function FlowchartOutline({ path, texts }: { path: readonly FlowStep[]; texts: DiagramTexts }) {
  const { t } = useTranslation('wizard');
  const flowchart = catalogue.flowchart;
  const chosen = new Set(path.map((s) => `${s.question}:${s.option}`));

  const renderOptions = (q: FlowQuestion, ancestors: readonly string[]) => (
    <ul>
      {q.options.map((o) => {
        const next = o.next;
        const child = 'question' in next ? findQuestion(flowchart, next.question) : undefined;
        const nested = child && !ancestors.includes(child.id) && child.id !== q.id ? child : undefined;
        const target =
          'method' in next ? texts.method(next.method).join(' ') : nested ? texts.question(nested) : '';
        return (
          <li key={o.id}>
            {chosen.has(`${q.id}:${o.id}`) ? (
              <strong>{`${texts.option(o)}${t('diagram.chosen')}`}</strong>
            ) : (
              texts.option(o)
            )}{' '}
            {target && t('diagram.leadsTo', { target })}
            {nested && renderOptions(nested, [...ancestors, q.id])}
          </li>
        );
      })}
    </ul>
  );

  const start = findQuestion(flowchart, flowchart.start);
  if (!start) return null;
  return (
    <div className="flowchart__outline">
      <p>{texts.question(start)}</p>
      {renderOptions(start, [])}
    </div>
  );
}
