import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NAME_MAX_LENGTH } from '../../domain/assessment';

/** An inline form that stands in for a name while it is being changed; Escape cancels. */
export function RenameForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: string;
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('assessments');
  const [value, setValue] = useState(initial);
  const [error, setError] = useState(false);
  const id = useId();
  return (
    <form
      className="rename-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!value.trim()) setError(true);
        else onSave(value.trim());
      }}
    >
      <label htmlFor={id}>{t('rename.label')}</label>
      <div className="rename-form__row">
        <input
          id={id}
          type="text"
          value={value}
          maxLength={NAME_MAX_LENGTH}
          autoComplete="off"
          // The user asked to rename: the field they are about to type into takes focus.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          aria-invalid={error || undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onCancel();
          }}
        />
        <button type="submit" className="button button--small button--primary">
          {t('actions.save')}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
      {error && (
        <span id={`${id}-error`} className="field__error">
          {t('rename.empty')}
        </span>
      )}
    </form>
  );
}
