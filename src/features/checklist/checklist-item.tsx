import { memo, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue } from '../../catalogue';
import { NOTE_MAX_LENGTH, type ItemStatus } from '../../domain/assessment';
import type { Item, ItemId, ScopeQuestion } from '../../domain/catalogue-schema';
import { useAppStore } from '../../state/store';
import { NEXT_UNANSWERED_KEY, STATUS_CHOICES, isTypingTarget, statusForKey } from './status-shortcuts';
import { useLocalized } from '../../ui/use-localized';
import { ItemText, itemDomId } from './item-text';
import { ItemPlan, NAME_SUGGESTIONS_ID, RiskAcceptanceForm } from '../../ui/item-plan';

const categoryById = new Map(catalogue.categories.map((c) => [c.id, c]));
const threatById = new Map(catalogue.threats.map((t) => [t.id, t]));
const priorityById = new Map(catalogue.priorities.map((p) => [p.id, p]));

/** Notes longer than this share of the limit show how much room is left. */
const NEAR_LIMIT = 0.9;

export interface ChecklistItemProps {
  assessmentId: string;
  environmentId: string;
  item: Item;
  /** The effective status: 対象外 while a scope answer excludes the item and it is not overridden. */
  status: ItemStatus;
  note: string;
  excludedBy: ScopeQuestion | null;
  overridden: boolean;
  /** The assessment is finalised: the item is shown, but nothing in it can be changed. */
  readOnly: boolean;
  /** The previous review's status, carried over and not confirmed yet (this review counts it as 未回答). */
  carriedOver?: ItemStatus;
  /** A later review of a series: answered items are marked 今回確認済み. */
  reviewing?: boolean;
  /** Records a status; `byKey` when it came from a shortcut, so the screen can announce it. */
  onStatusSet: (itemId: ItemId, status: ItemStatus, byKey: boolean) => void;
  onJumpNext: (from: ItemId) => void;
}

const NoteField = memo(function NoteField({
  assessmentId,
  environmentId,
  itemId,
  note,
  readOnly,
}: {
  assessmentId: string;
  environmentId: string;
  itemId: ItemId;
  note: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation('checklist');
  const id = useId();
  const near = note.length >= NOTE_MAX_LENGTH * NEAR_LIMIT;
  const full = note.length >= NOTE_MAX_LENGTH;
  return (
    <div className="note-field">
      <label htmlFor={`${id}-note`} className="note-field__label">
        {t('note.label', { id: itemId })}
      </label>
      <textarea
        id={`${id}-note`}
        className="note-field__input"
        rows={2}
        maxLength={NOTE_MAX_LENGTH}
        value={note}
        readOnly={readOnly}
        aria-describedby={`${id}-counter`}
        // Saved on every change, so nothing typed is lost if the tab closes.
        onChange={(e) =>
          useAppStore.getState().setItemNote(assessmentId, environmentId, itemId, e.target.value)
        }
      />
      <p
        id={`${id}-counter`}
        className={`note-field__counter${near ? ' note-field__counter--near' : ''}`}
        aria-live={near ? 'polite' : 'off'}
      >
        {t('note.counter', { length: note.length, max: NOTE_MAX_LENGTH })}
        {near && !full && <> · {t('note.remaining', { count: NOTE_MAX_LENGTH - note.length })}</>}
        {full && <> · {t('note.limit', { max: NOTE_MAX_LENGTH })}</>}
      </p>
    </div>
  );
});

/** The seed's 想定脅威(詳細) and 備考, on request. */
const WhyItMatters = memo(function WhyItMatters({ item }: { item: Item }) {
  const { t } = useTranslation('checklist');
  const { tx } = useLocalized();
  const [open, setOpen] = useState(false);
  const panelId = `item-${item.id}-why`;
  return (
    <div className="why">
      <button
        type="button"
        className="why__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('item.why')}
      </button>
      <div id={panelId} className="why__panel" hidden={!open}>
        {open && (
          <>
            <h4>{t('item.threatDetail')}</h4>
            <p>{tx(item.threatDetail)}</p>
            {item.remark && (
              <>
                <h4>{t('item.remark')}</h4>
                <p>{tx(item.remark)}</p>
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
});

function ChecklistItemView({
  assessmentId,
  environmentId,
  item,
  status,
  note,
  excludedBy,
  overridden,
  readOnly,
  carriedOver,
  reviewing = false,
  onStatusSet,
  onJumpNext,
}: ChecklistItemProps) {
  const { t: tr } = useTranslation('review');
  const { t } = useTranslation('checklist');
  const { tx } = useLocalized();
  const excluded = excludedBy !== null && !overridden;
  const titleId = `${itemDomId(item.id)}-title`;
  const category = categoryById.get(item.category);
  const priority = priorityById.get(item.priority);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.nativeEvent.isComposing) return;
    if (isTypingTarget(e.target)) return;
    const chosen = statusForKey(e.key);
    if (chosen !== null && !excluded && !readOnly) {
      e.preventDefault();
      if (chosen !== status) onStatusSet(item.id, chosen, true);
    } else if (e.key.toLowerCase() === NEXT_UNANSWERED_KEY) {
      e.preventDefault();
      onJumpNext(item.id);
    }
  };

  const [accepting, setAccepting] = useState(false);
  const risk = useAppStore(
    (s) =>
      s.assessments.find((a) => a.id === assessmentId)?.environments.find((e) => e.id === environmentId)
        ?.answers[item.id]?.risk,
  );

  const toggleExclusion = () =>
    useAppStore.getState().overrideExclusion(assessmentId, environmentId, item.id, !overridden);

  return (
    // The item listens for its single-key shortcuts while focus is anywhere inside it; every shortcut also
    // has a control (the radios, the "next unanswered" button), so nothing depends on the keys.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <article
      id={itemDomId(item.id)}
      className={`check-item check-item--${status}`}
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header className="check-item__head">
        <h3 id={titleId} className="check-item__title">
          <span className="check-item__number">{item.id}</span>{' '}
          <span className="check-item__category">{category ? tx(category.name) : ''}</span>
        </h3>
        <span className={`priority-badge priority-badge--${item.priority === '◎' ? 'high' : 'normal'}`}>
          {priority ? tx(priority.label) : item.priority}
        </span>
        <span className={`status-pill status-pill--${status}`}>
          <span className="visually-hidden">{t('item.currentStatus')}</span>
          {t(`status.${status}`)}
        </span>
        {reviewing && !excluded && carriedOver === undefined && status !== 'unanswered' && (
          <span className="review-pill review-pill--confirmed">
            <span aria-hidden="true">✓ </span>
            {tr('carried.confirmed')}
          </span>
        )}
      </header>
      {carriedOver !== undefined && !excluded && (
        <div className="carried-note">
          <p className="review-pill review-pill--carried">
            <span aria-hidden="true">↺ </span>
            {tr('carried.markValue', { status: t(`status.${carriedOver}`) })}
          </p>
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={readOnly}
            aria-label={tr('carried.confirmOneLabel', { id: item.id, status: t(`status.${carriedOver}`) })}
            onClick={() => useAppStore.getState().confirmCarriedOver(assessmentId, environmentId, [item.id])}
          >
            {tr('carried.confirmOne')}
          </button>
        </div>
      )}

      <ItemText item={item} />

      <div className="threat-tags">
        <span id={`${itemDomId(item.id)}-threats`} className="threat-tags__label">
          {t('item.threats')}
        </span>
        <ul className="threat-tags__list" aria-labelledby={`${itemDomId(item.id)}-threats`}>
          {item.threats.map((id) => {
            const threat = threatById.get(id);
            return (
              <li key={id} className="threat-tag">
                {threat ? tx(threat.name) : id}
              </li>
            );
          })}
        </ul>
      </div>

      {excludedBy && (
        // Fixed slots: the button keeps its place (and the keyboard focus) when the item is included or excluded.
        <div className={`scope-note${excluded ? ' scope-note--excluded' : ''}`}>
          {excluded ? <p className="scope-note__title">{t('scope.excluded')}</p> : null}
          {excluded ? (
            <p className="scope-note__reason">{t('scope.reason', { reason: tx(excludedBy.reason) })}</p>
          ) : null}
          {excluded ? null : <p className="scope-note__reason">{t('scope.overridden')}</p>}
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={readOnly}
            onClick={toggleExclusion}
          >
            {excluded ? t('scope.include') : t('scope.exclude')}
          </button>
        </div>
      )}

      {!excluded && (
        <fieldset className="status-group" disabled={readOnly}>
          <legend className="status-group__legend">{t('item.legend', { id: item.id })}</legend>
          <div className="status-group__options">
            {STATUS_CHOICES.map((c) => (
              <label key={c.status} className={`status-option status-option--${c.status}`}>
                <input
                  type="radio"
                  name={`status-${environmentId}-${item.id}`}
                  value={c.status}
                  checked={!accepting && status === c.status}
                  onChange={() => {
                    setAccepting(false);
                    onStatusSet(item.id, c.status, false);
                  }}
                />
                <span className="status-option__label">{t(`status.${c.status}`)}</span>
                <kbd className="status-option__key" aria-hidden="true">
                  {c.key}
                </kbd>
              </label>
            ))}
            {/* リスク受容 is never set by a click alone: it opens the form that asks for the reason and approver. */}
            <label className="status-option status-option--risk-accepted">
              <input
                type="radio"
                name={`status-${environmentId}-${item.id}`}
                value="risk-accepted"
                checked={accepting || status === 'risk-accepted'}
                onChange={() => setAccepting(true)}
              />
              <span className="status-option__label">{t('status.risk-accepted')}</span>
            </label>
          </div>
        </fieldset>
      )}

      {!excluded && accepting ? (
        <RiskAcceptanceForm
          itemId={item.id}
          initial={risk}
          suggestionsId={NAME_SUGGESTIONS_ID}
          onCancel={() => setAccepting(false)}
          onAccept={(r) => {
            useAppStore.getState().acceptRisk(assessmentId, environmentId, item.id, r);
            setAccepting(false);
          }}
        />
      ) : null}
      {!excluded && !accepting && status === 'risk-accepted' ? (
        <div className="item-plan">
          <p className="item-plan__summary">
            {risk ? t('risk.summary', { reason: risk.reason, approver: risk.approver }) : t('risk.missing')}
          </p>
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={readOnly}
            onClick={() => setAccepting(true)}
          >
            {t('risk.edit')}
            <span className="visually-hidden"> {item.id}</span>
          </button>
        </div>
      ) : null}
      {!excluded ? (
        <ItemPlan
          assessmentId={assessmentId}
          itemId={item.id}
          status={status}
          readOnly={readOnly}
          suggestionsId={NAME_SUGGESTIONS_ID}
        />
      ) : null}

      <NoteField
        assessmentId={assessmentId}
        environmentId={environmentId}
        itemId={item.id}
        note={note}
        readOnly={readOnly}
      />
      <WhyItMatters item={item} />
    </article>
  );
}

/** One checklist item. Memoised: a status change re-renders only the item it changed. */
export const ChecklistItem = memo(ChecklistItemView);
