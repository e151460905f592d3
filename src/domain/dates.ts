import type { LocalizedText } from './catalogue-schema';

/** The local calendar date of a moment as `YYYY-MM-DD`, for file names: the day the user sees, not the UTC one. */
export function localDateStamp(at: number | Date): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local midnight of a `YYYY-MM-DD` calendar date: the inverse of localDateStamp, for formatting the date. */
export function startOfLocalDate(stamp: string): number {
  const [y, m, d] = stamp.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

/** How years are counted: 西暦 (2026年) or 和暦 (令和8年). */
export type Calendar = 'gregorian' | 'japanese';

export const CALENDARS: readonly Calendar[] = ['gregorian', 'japanese'];

export function isCalendar(value: unknown): value is Calendar {
  return value === 'gregorian' || value === 'japanese';
}

export interface DateFormatOptions {
  language: keyof LocalizedText;
  /** Only Japanese offers 和暦; English dates are always Gregorian. */
  calendar: Calendar;
  /** 'date': 2026年11月30日; 'dateTime': 2026年11月30日 9:05; 'month': 2026年11月. */
  style?: 'date' | 'dateTime' | 'month';
}

const STYLES: Record<NonNullable<DateFormatOptions['style']>, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'long' },
  dateTime: { dateStyle: 'long', timeStyle: 'short' },
  month: { year: 'numeric', month: 'long' },
};

function locale(language: DateFormatOptions['language'], calendar: Calendar): string {
  if (language === 'en') return 'en-GB';
  return calendar === 'japanese' ? 'ja-JP-u-ca-japanese' : 'ja-JP';
}

/**
 * Making an Intl.DateTimeFormat costs far more than using one (a report with a few hundred dates spent about
 * 45 ms making them): one per locale and style, made once.
 */
const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(
  language: DateFormatOptions['language'],
  calendar: Calendar,
  style: keyof typeof STYLES,
): Intl.DateTimeFormat {
  const tag = locale(language, calendar);
  const key = `${tag}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, STYLES[style]);
    formats.set(key, format);
  }
  return format;
}

/**
 * A date the way people write it, by Intl: 2026年11月30日, 令和8年11月30日 or 30 November 2026. The first year
 * of an era is written 元年 (令和元年5月1日), as Japanese documents do, whichever way the browser's ICU writes it.
 */
export function formatDate(timestamp: number | Date, options: DateFormatOptions): string {
  const { language, calendar, style = 'date' } = options;
  const format = formatter(language, calendar, style);
  if (language !== 'ja' || calendar !== 'japanese') return format.format(timestamp);
  return format
    .formatToParts(timestamp)
    .map((p) => (p.type === 'year' && p.value === '1' ? '元' : p.value))
    .join('');
}

/** The Japanese fiscal year (年度, April to March) a moment falls in: 31 March 2027 is in 2026, 1 April in 2027. */
export function fiscalYear(at: number | Date): number {
  const d = new Date(at);
  return d.getMonth() < 3 ? d.getFullYear() - 1 : d.getFullYear();
}

/**
 * A fiscal year's name: 2026年度, 令和8年度 or FY2026. In 和暦 the year takes the era it ends the calendar year
 * in, so April 2019 to March 2020 is 令和元年度, as offices call it, not 平成31年度.
 */
export function fiscalYearLabel(year: number, options: Omit<DateFormatOptions, 'style'>): string {
  if (options.language === 'en') return `FY${year}`;
  if (options.calendar === 'gregorian') return `${year}年度`;
  const parts = new Intl.DateTimeFormat(locale('ja', 'japanese'), {
    era: 'long',
    year: 'numeric',
  }).formatToParts(new Date(year, 11, 31));
  const era = parts.find((p) => p.type === 'era')?.value ?? '';
  const inEra = parts.find((p) => p.type === 'year')?.value ?? String(year);
  return `${era}${inEra === '1' ? '元' : inEra}年度`;
}
