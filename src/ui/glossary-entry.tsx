import { useTranslation } from 'react-i18next';
import { catalogue } from '../catalogue';
import type { Block, GlossaryTerm, KeyTerm } from '../domain/catalogue-schema';
import { useLocalized } from './use-localized';
import './glossary.css';

/** A glossary entry (a short definition) or a key term (a longer note with sections), looked up by id. */
export type GlossaryEntry = { kind: 'term'; entry: GlossaryTerm } | { kind: 'key'; entry: KeyTerm };

const entries = new Map<string, GlossaryEntry>([
  ...catalogue.glossary.map((entry) => [entry.id, { kind: 'term', entry }] as const),
  ...catalogue.keyTerms.map((entry) => [entry.id, { kind: 'key', entry }] as const),
]);

export function glossaryEntry(id: string): GlossaryEntry | null {
  return entries.get(id) ?? null;
}

/** The entry's heading text: the term itself, or the key term's title (「MDM」について). */
export function useEntryTitle(): (e: GlossaryEntry) => string {
  const { tx } = useLocalized();
  return (e) => (e.kind === 'term' ? tx(e.entry.term) : tx(e.entry.title));
}

/**
 * One block of catalogue rich text (paragraph, list or table). `label` names what a table belongs to (its
 * section or entry), so that several tables on one page are regions with different names.
 */
export function BlockView({ block, label }: { block: Block; label: string }) {
  const { t } = useTranslation('checklist');
  const { tx } = useLocalized();
  switch (block.type) {
    case 'paragraph':
      return <p>{tx(block.text)}</p>;
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>{tx(item)}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        // Wide tables may scroll sideways on a phone; the region makes the scrolling reachable by keyboard.
        <div
          className="glossary-table"
          role="region"
          aria-label={t('glossary.tableScroll', { name: label })}
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
        >
          <table>
            <thead>
              <tr>
                {block.header.map((h, i) => (
                  <th key={i} scope="col">
                    {tx(h)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>{tx(cell)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

/**
 * The body of an entry: the definition of a glossary term, or the sections of a key term.
 * `headingLevel` is the level of the section headings, so the entry fits the outline of where it is shown.
 */
export function GlossaryEntryBody({
  entry,
  headingLevel,
}: {
  entry: GlossaryEntry;
  headingLevel: 3 | 4 | 5;
}) {
  const { t } = useTranslation('checklist');
  const { tx } = useLocalized();
  if (entry.kind === 'term') {
    return (
      <div className="glossary-body">
        {entry.entry.reading && (
          <p className="glossary-body__reading">{t('glossary.reading', { reading: entry.entry.reading })}</p>
        )}
        <p>{tx(entry.entry.definition)}</p>
      </div>
    );
  }
  const Heading = `h${headingLevel}` as const;
  const title = tx(entry.entry.title);
  return (
    <div className="glossary-body">
      {entry.entry.sections.map((section, i) => (
        <section key={i} className="glossary-body__section">
          {section.heading && <Heading className="glossary-body__heading">{tx(section.heading)}</Heading>}
          {section.blocks.map((block, b) => (
            <BlockView key={b} block={block} label={section.heading ? tx(section.heading) : title} />
          ))}
        </section>
      ))}
    </div>
  );
}
