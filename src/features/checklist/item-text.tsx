import { memo, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue } from '../../catalogue';
import type { Item } from '../../domain/catalogue-schema';
import { segmentText, termMatchers } from '../../domain/term-links';
import { useLocalized } from '../../ui/use-localized';
import type { Language } from '../../i18n/setup';
import { GlossaryEntryBody, glossaryEntry, useEntryTitle } from '../../ui/glossary-entry';

// Made on first use: the catalogue's texts of a language arrive only when that language is shown.
const matchers: Partial<Record<Language, ReturnType<typeof termMatchers>>> = {};
const matchersFor = (lang: Language) => (matchers[lang] ??= termMatchers(catalogue, lang));

/** DOM ids of an item's parts; item ids ("1-2") are valid in ids as they are. */
export const itemDomId = (id: string) => `item-${id}`;
const noteDomId = (itemId: string, mark: string) => `item-${itemId}-note-${mark.replace('※', '')}`;
const termDomId = (itemId: string, termId: string) => `item-${itemId}-term-${termId}`;

function focusById(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  el.focus({ preventScroll: true });
  el.scrollIntoView?.({ block: 'nearest' });
}

/**
 * An item's text with its footnote markers linked to the notes beneath and its glossary terms as buttons
 * that open the seed's explanation in place, under the text (not a hover tooltip: it works by touch and
 * keyboard and stays open while read). Then the notes themselves.
 */
export const ItemText = memo(function ItemText({ item }: { item: Item }) {
  const { t } = useTranslation('checklist');
  const { lang, tx } = useLocalized();
  const entryTitle = useEntryTitle();
  const [openTerm, setOpenTerm] = useState<string | null>(null);
  const segments = useMemo(
    () =>
      segmentText(
        item.text[lang],
        matchersFor(lang),
        item.notes.map((n) => n.mark),
      ),
    [item, lang],
  );
  const panelId = `item-${item.id}-term-panel`;
  const open = openTerm === null ? null : glossaryEntry(openTerm);

  const close = () => {
    const opener = openTerm;
    setOpenTerm(null);
    if (opener) focusById(termDomId(item.id, opener));
  };
  // Escape closes the explanation, from the term or from inside the panel, and returns to the term.
  const onPanelKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    }
  };

  return (
    <>
      <p className="check-item__text">
        {segments.map((s, i) => {
          if (s.kind === 'text') return <span key={i}>{s.text}</span>;
          if (s.kind === 'note')
            return (
              <button
                key={i}
                type="button"
                className="note-ref"
                aria-label={t('item.noteRef', { mark: s.mark })}
                onClick={() => focusById(noteDomId(item.id, s.mark))}
              >
                {s.mark}
              </button>
            );
          const expanded = openTerm === s.termId;
          return (
            <button
              key={i}
              id={termDomId(item.id, s.termId)}
              type="button"
              className="term-button"
              aria-expanded={expanded}
              aria-controls={panelId}
              onClick={() => setOpenTerm(expanded ? null : s.termId)}
              onKeyDown={expanded ? onPanelKeyDown : undefined}
            >
              {s.text}
              <span className="visually-hidden">{t('item.termHint')}</span>
            </button>
          );
        })}
      </p>
      {/* The panel stays in the DOM so that aria-controls always points at something. */}
      <div id={panelId} className="term-panel" hidden={!open}>
        {open && (
          // eslint-disable-next-line jsx-a11y/no-static-element-interactions
          <div onKeyDown={onPanelKeyDown}>
            <h4 className="term-panel__title">{entryTitle(open)}</h4>
            <GlossaryEntryBody entry={open} headingLevel={5} />
            <button type="button" className="button button--small button--secondary" onClick={close}>
              {t('item.closeTerm')}
            </button>
          </div>
        )}
      </div>
      {item.notes.length > 0 && (
        <ol className="check-item__notes" aria-label={t('item.notes')}>
          {item.notes.map((n) => (
            <li key={n.mark} id={noteDomId(item.id, n.mark)} tabIndex={-1}>
              <span className="check-item__note-mark">{n.mark}</span> {tx(n.text)}
            </li>
          ))}
        </ol>
      )}
    </>
  );
});
