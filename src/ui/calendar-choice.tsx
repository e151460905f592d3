import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CALENDARS } from '../domain/dates';
import { setCalendar, useCalendar } from './calendar-preference';
import { useLocalized } from './use-localized';
import './calendar-choice.css';

/** 「日付の表示: 西暦 / 和暦」. Offered in Japanese only: English dates are always Gregorian. */
export function CalendarChoice() {
  const { t } = useTranslation();
  const { lang } = useLocalized();
  const calendar = useCalendar();
  const name = useId();
  if (lang !== 'ja') return null;
  return (
    <fieldset className="calendar-choice no-print">
      <legend>{t('calendar.legend')}</legend>
      {CALENDARS.map((c) => (
        <label key={c}>
          <input
            type="radio"
            name={name}
            value={c}
            checked={calendar === c}
            onChange={() => setCalendar(c)}
          />{' '}
          {t(`calendar.${c}`)}
        </label>
      ))}
    </fieldset>
  );
}
