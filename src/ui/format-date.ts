import { fiscalYear, fiscalYearLabel, formatDate } from '../domain/dates';
import { useCalendar } from './calendar-preference';
import { useLocalized } from './use-localized';

export interface DateFormats {
  /** 2026年11月30日 / 令和8年11月30日 / 30 November 2026. */
  date: (ms: number) => string;
  /** 2026年11月30日 9:05 / 令和8年11月30日 9:05 / 30 November 2026 at 09:05. */
  dateTime: (ms: number) => string;
  /** 2026年11月 / 令和8年11月 / November 2026. */
  month: (ms: number) => string;
  /** The fiscal year of a moment: 2026年度 / 令和8年度 / FY2026. */
  fiscalYear: (ms: number) => string;
}

/** Dates in the current language and, in Japanese, the calendar the user chose (西暦 or 和暦). */
export function useDateFormats(): DateFormats {
  const { lang } = useLocalized();
  const calendar = useCalendar();
  const options = { language: lang, calendar };
  return {
    date: (ms) => formatDate(ms, { ...options, style: 'date' }),
    dateTime: (ms) => formatDate(ms, { ...options, style: 'dateTime' }),
    month: (ms) => formatDate(ms, { ...options, style: 'month' }),
    fiscalYear: (ms) => fiscalYearLabel(fiscalYear(ms), options),
  };
}

/** The value of a `<time datetime>` attribute. */
export function isoDateTime(ms: number): string {
  return new Date(ms).toISOString();
}
