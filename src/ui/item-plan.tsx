import { memo, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NAME_MAX_LENGTH,
  PLAN_ACTION_MAX_LENGTH,
  PLAN_STATES,
  RISK_REASON_MAX_LENGTH,
  type ActionPlan,
  type ItemStatus,
  type PlanState,
  type RiskAcceptance,
} from '../domain/assessment';
import type { ItemId } from '../domain/catalogue-schema';
import { dueDateWarning, isCompleteAcceptance, isPlannable, nameSuggestions, planFor } from '../domain/plan';
import { localDateStamp } from '../domain/dates';
import { useAppStore } from '../state/store';
import { ConfirmDialog } from './confirm-dialog';
import './item-plan.css';

/** The id of the checklist's one list of name suggestions. */
export const NAME_SUGGESTIONS_ID = 'plan-name-suggestions';

/** The datalist of names already used in the assessment, rendered once per checklist. */
export function NameSuggestions({ id, assessmentId }: { id: string; assessmentId: string }) {
  const names = useAppStore((s) => {
    const a = s.assessments.find((x) => x.id === assessmentId);
    return a ? nameSuggestions(a).join('\n') : '';
  });
  return (
    <datalist id={id}>
      {names
        .split('\n')
        .filter(Boolean)
        .map((n) => (
          <option key={n} value={n} />
        ))}
    </datalist>
  );
}

function Counter({ id, length, max }: { id: string; length: number; max: number }) {
  const { t } = useTranslation('checklist');
  return (
    <p id={id} className="note-field__counter">
      {t('plan.limit', { count: length, max })}
    </p>
  );
}

/**
 * 改善計画 of one item, for every environment where the item is open: a one-line summary and a form on
 * request. Marking the action 完了 offers (never forces) to set the item to 実施済み where it is open.
 */
export const ItemPlan = memo(function ItemPlan({
  assessmentId,
  itemId,
  status,
  readOnly,
  suggestionsId,
  showSummary = true,
}: {
  assessmentId: string;
  itemId: ItemId;
  status: ItemStatus;
  readOnly: boolean;
  suggestionsId: string;
  /** False where the plan is already shown beside the control (the plan screen's table). */
  showSummary?: boolean;
}) {
  const { t } = useTranslation('checklist');
  const plan = useAppStore((s) => {
    const a = s.assessments.find((x) => x.id === assessmentId);
    return a ? planFor(a, itemId) : null;
  });
  const [editing, setEditing] = useState(false);
  const [offerDone, setOfferDone] = useState(false);
  if (!plan && !isPlannable(status)) return null;

  const completeItem = () => {
    const store = useAppStore.getState();
    const a = store.assessments.find((x) => x.id === assessmentId);
    for (const env of a?.environments ?? []) {
      const current = env.answers[itemId]?.status;
      if (current !== undefined && isPlannable(current))
        store.setItemStatus(assessmentId, env.id, itemId, 'done');
    }
    setOfferDone(false);
  };

  return (
    <section className="item-plan" aria-label={t('plan.regionLabel', { id: itemId })}>
      {plan && !editing && showSummary ? (
        <p className="item-plan__summary">
          {t('plan.summary', {
            state: t(`plan.state.${plan.state}`),
            owner: plan.owner.trim() || t('plan.noOwner'),
            due: plan.dueOn ?? t('plan.noDue'),
          })}
          {plan.action.trim() ? (
            <>
              <br />
              {plan.action}
            </>
          ) : null}
        </p>
      ) : null}
      {editing ? (
        <PlanForm
          itemId={itemId}
          plan={plan}
          suggestionsId={suggestionsId}
          onCancel={() => setEditing(false)}
          onSave={(next) => {
            useAppStore.getState().savePlan(assessmentId, next);
            setEditing(false);
            if (next.state === 'done' && plan?.state !== 'done' && isPlannable(status)) setOfferDone(true);
          }}
          onRemove={
            plan
              ? () => {
                  useAppStore.getState().removePlan(assessmentId, itemId);
                  setEditing(false);
                }
              : undefined
          }
        />
      ) : (
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={readOnly}
          onClick={() => setEditing(true)}
        >
          {plan ? t('plan.edit') : t('plan.add')}
          <span className="visually-hidden"> {itemId}</span>
        </button>
      )}
      <ConfirmDialog
        open={offerDone}
        title={t('plan.completeTitle')}
        confirmLabel={t('plan.completeYes')}
        cancelLabel={t('plan.completeNo')}
        onConfirm={completeItem}
        onCancel={() => setOfferDone(false)}
      >
        <p>{t('plan.completeBody', { id: itemId })}</p>
      </ConfirmDialog>
    </section>
  );
});

function PlanForm({
  itemId,
  plan,
  suggestionsId,
  onSave,
  onCancel,
  onRemove,
}: {
  itemId: ItemId;
  plan: ActionPlan | null;
  suggestionsId: string;
  onSave: (plan: Omit<ActionPlan, 'updatedAt'>) => void;
  onCancel: () => void;
  onRemove: (() => void) | undefined;
}) {
  const { t } = useTranslation('checklist');
  const id = useId();
  const [action, setAction] = useState(plan?.action ?? '');
  const [owner, setOwner] = useState(plan?.owner ?? '');
  const [dueOn, setDueOn] = useState(plan?.dueOn ?? '');
  const [state, setState] = useState<PlanState>(plan?.state ?? 'todo');
  // "Today" as of opening the form: a due date is judged against the day it is set.
  const [today] = useState(() => localDateStamp(Date.now()));
  const warning = dueOn ? dueDateWarning(dueOn, today) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave({ itemId, action, owner, state, ...(dueOn ? { dueOn } : {}) });
  };

  return (
    <form className="item-plan__form" onSubmit={submit}>
      <p className="item-plan__shared">{t('plan.shared')}</p>
      <label htmlFor={`${id}-action`}>{t('plan.action')}</label>
      <textarea
        id={`${id}-action`}
        rows={2}
        maxLength={PLAN_ACTION_MAX_LENGTH}
        value={action}
        aria-describedby={`${id}-action-count`}
        onChange={(e) => setAction(e.target.value)}
      />
      <Counter id={`${id}-action-count`} length={action.length} max={PLAN_ACTION_MAX_LENGTH} />
      <label htmlFor={`${id}-owner`}>{t('plan.owner')}</label>
      <input
        id={`${id}-owner`}
        type="text"
        list={suggestionsId}
        maxLength={NAME_MAX_LENGTH}
        value={owner}
        autoComplete="off"
        aria-describedby={`${id}-owner-hint`}
        onChange={(e) => setOwner(e.target.value)}
      />
      <p id={`${id}-owner-hint`} className="item-plan__hint">
        {t('plan.ownerHint')}
      </p>
      <label htmlFor={`${id}-due`}>{t('plan.due')}</label>
      <input
        id={`${id}-due`}
        type="date"
        value={dueOn}
        aria-describedby={warning ? `${id}-due-warning` : undefined}
        onChange={(e) => setDueOn(e.target.value)}
      />
      {warning ? (
        <p id={`${id}-due-warning`} className="item-plan__warning" role="status">
          {warning === 'past' ? t('plan.past') : t('plan.outOfRange')}
        </p>
      ) : null}
      <label htmlFor={`${id}-state`}>{t('plan.stateLabel')}</label>
      <select id={`${id}-state`} value={state} onChange={(e) => setState(e.target.value as PlanState)}>
        {PLAN_STATES.map((s) => (
          <option key={s} value={s}>
            {t(`plan.state.${s}`)}
          </option>
        ))}
      </select>
      <div className="item-plan__buttons">
        <button type="submit" className="button button--small">
          {t('plan.save')}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={onCancel}>
          {t('plan.cancel')}
        </button>
        {onRemove ? (
          <button type="button" className="button button--small button--secondary" onClick={onRemove}>
            {t('plan.remove')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/**
 * リスク受容 of one item in one environment: the form that records it (a reason and an approver are both
 * required), and what was recorded.
 */
export function RiskAcceptanceForm({
  itemId,
  initial,
  suggestionsId,
  onAccept,
  onCancel,
}: {
  itemId: ItemId;
  initial: RiskAcceptance | undefined;
  suggestionsId: string;
  onAccept: (risk: RiskAcceptance) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('checklist');
  const id = useId();
  const [reason, setReason] = useState(initial?.reason ?? '');
  const [approver, setApprover] = useState(initial?.approver ?? '');
  const [tried, setTried] = useState(false);
  const complete = isCompleteAcceptance({ reason, approver });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (complete) onAccept({ reason: reason.trim(), approver: approver.trim() });
  };

  return (
    <form className="item-plan__form item-plan__form--risk" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="item-plan__title">
        {t('risk.heading')} <span className="visually-hidden">{itemId}</span>
      </p>
      <p className="item-plan__hint">{t('risk.intro')}</p>
      <label htmlFor={`${id}-reason`}>{t('risk.reason')}</label>
      <textarea
        id={`${id}-reason`}
        rows={2}
        aria-required="true"
        maxLength={RISK_REASON_MAX_LENGTH}
        value={reason}
        aria-describedby={`${id}-reason-count`}
        aria-invalid={tried && reason.trim() === ''}
        onChange={(e) => setReason(e.target.value)}
      />
      <Counter id={`${id}-reason-count`} length={reason.length} max={RISK_REASON_MAX_LENGTH} />
      <label htmlFor={`${id}-approver`}>{t('risk.approver')}</label>
      <input
        id={`${id}-approver`}
        type="text"
        aria-required="true"
        list={suggestionsId}
        maxLength={NAME_MAX_LENGTH}
        autoComplete="off"
        value={approver}
        aria-invalid={tried && approver.trim() === ''}
        onChange={(e) => setApprover(e.target.value)}
      />
      {tried && !complete ? (
        <p className="item-plan__warning" role="alert">
          {t('risk.required')}
        </p>
      ) : null}
      <div className="item-plan__buttons">
        <button type="submit" className="button button--small">
          {t('risk.confirm')}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={onCancel}>
          {t('risk.cancel')}
        </button>
      </div>
    </form>
  );
}
