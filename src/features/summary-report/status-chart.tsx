import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { percent, type Tally } from '../../domain/progress';

/** The parts of a bar, left to right: what is done first, what nobody has looked at last. */
export const SEGMENTS = ['done', 'partial', 'not-done', 'unknown', 'risk-accepted', 'unanswered'] as const;
export type Segment = (typeof SEGMENTS)[number];

const count: Record<Segment, (t: Tally) => number> = {
  done: (t) => t.done,
  partial: (t) => t.partial,
  'not-done': (t) => t.notDone,
  unknown: (t) => t.unknown,
  'risk-accepted': (t) => t.riskAccepted,
  unanswered: (t) => t.unanswered,
};

export interface ChartRow {
  key: string;
  label: string;
  tally: Tally;
}

export interface ChartGroup {
  key: string;
  /** Shown above the group's bars; null for a chart of single bars. */
  label: string | null;
  rows: ChartRow[];
}

/**
 * Each status has its own fill pattern as well as its own colour, so the bars read the same in black and
 * white, for people who do not tell red from green, and on paper.
 */
function Patterns({ prefix }: { prefix: string }) {
  return (
    <svg className="status-chart__defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={`${prefix}-done`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" className="fill-ok" />
        </pattern>
        <pattern id={`${prefix}-partial`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" className="fill-warn-soft" />
          <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" className="stroke-warn" strokeWidth="2.5" />
        </pattern>
        <pattern id={`${prefix}-not-done`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" className="fill-bad-soft" />
          <path d="M0,0 L8,8 M8,0 L0,8" className="stroke-bad" strokeWidth="1.6" />
        </pattern>
        <pattern id={`${prefix}-unknown`} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" className="fill-unknown-soft" />
          <circle cx="3" cy="3" r="1.5" className="fill-unknown" />
        </pattern>
        <pattern id={`${prefix}-risk-accepted`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" className="fill-accepted-soft" />
          <path d="M2,0 V8 M6,0 V8" className="stroke-accepted" strokeWidth="1.5" />
        </pattern>
        <pattern id={`${prefix}-unanswered`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" className="fill-bg" />
        </pattern>
      </defs>
    </svg>
  );
}

/** Where each non-empty segment starts and how wide it is, in percent of the bar. */
function layout(tally: Tally): { s: Segment; x: number; width: number }[] {
  if (tally.total === 0) return [];
  const parts: { s: Segment; x: number; width: number }[] = [];
  for (const s of SEGMENTS) {
    const n = count[s](tally);
    if (n === 0) continue;
    const previous = parts[parts.length - 1];
    parts.push({ s, x: previous ? previous.x + previous.width : 0, width: (n / tally.total) * 100 });
  }
  return parts;
}

function Bar({ tally, prefix }: { tally: Tally; prefix: string }) {
  const parts = layout(tally);
  return (
    <svg className="status-chart__bar" width="100%" height="18" aria-hidden="true" focusable="false">
      {tally.total === 0 ? <rect width="100%" height="100%" className="fill-surface" /> : null}
      {parts.map((p) => (
        <rect
          key={p.s}
          x={`${p.x}%`}
          width={`${p.width}%`}
          height="100%"
          fill={`url(#${prefix}-${p.s})`}
          className="status-chart__segment"
        />
      ))}
    </svg>
  );
}

/** A legend swatch, drawn with the same pattern as the bars. */
function Swatch({ segment, prefix }: { segment: Segment; prefix: string }) {
  return (
    <svg className="status-chart__swatch" width="18" height="14" aria-hidden="true" focusable="false">
      <rect
        x="0.5"
        y="0.5"
        width="17"
        height="13"
        fill={`url(#${prefix}-${segment})`}
        className="stroke-ink-muted"
      />
    </svg>
  );
}

/**
 * Stacked horizontal bars of item statuses, one per row, with the figures written beside each bar. The
 * whole chart is one image for assistive technology, labelled with every figure; the caller shows the same
 * figures in a table.
 */
export function StatusChart({ title, groups }: { title: string; groups: ChartGroup[] }) {
  const { t } = useTranslation(['report', 'checklist']);
  // useId gives characters that are awkward inside url(#…); keep letters and digits only.
  const prefix = `chart-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const status = (s: Segment) => t(`checklist:status.${s}`);

  const describe = (label: string, tally: Tally) =>
    tally.total === 0
      ? t('chart.rowSummaryEmpty', { label })
      : t('chart.rowSummary', {
          label,
          total: tally.total,
          done: tally.done,
          partial: tally.partial,
          notDone: tally.notDone,
          unknown: tally.unknown,
          riskAccepted: tally.riskAccepted,
          unanswered: tally.unanswered,
          percent: percent(tally.done, tally.total),
        });
  const summary = [
    title,
    ...groups.flatMap((g) =>
      g.rows.map((r) => describe(g.label ? `${g.label} ${r.label}` : r.label, r.tally)),
    ),
  ].join(t('chart.separator'));

  return (
    <figure className="status-chart">
      {/* The section heading says the same to the eye; the caption names the figure for assistive technology. */}
      <figcaption className="visually-hidden">{title}</figcaption>
      <Patterns prefix={prefix} />
      <ul className="status-chart__legend" aria-label={t('chart.legend')}>
        {SEGMENTS.map((s) => (
          <li key={s}>
            <Swatch segment={s} prefix={prefix} />
            {status(s)}
          </li>
        ))}
      </ul>
      <div role="img" aria-label={summary} className="status-chart__body">
        {groups.map((g) => (
          <div key={g.key} className="status-chart__group">
            {g.label ? <p className="status-chart__group-label">{g.label}</p> : null}
            {g.rows.map((r) => (
              <div key={r.key} className="status-chart__row">
                <span className="status-chart__label">{r.label}</span>
                <Bar tally={r.tally} prefix={prefix} />
                <span className="status-chart__figure">
                  {r.tally.total === 0
                    ? t('chart.rowEmpty')
                    : t('chart.rowFigure', {
                        done: r.tally.done,
                        total: r.tally.total,
                        percent: percent(r.tally.done, r.tally.total),
                      })}
                </span>
              </div>
            ))}
          </div>
        ))}
      </div>
    </figure>
  );
}
