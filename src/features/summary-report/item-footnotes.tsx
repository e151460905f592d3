import type { Item } from '../../domain/catalogue-schema';
import { useLocalized } from '../../ui/use-localized';

/** The notes an item's text points to with ※1, ※2…, in small print under the text (as the seed prints them). */
export function ItemFootnotes({ item }: { item: Item }) {
  const { tx } = useLocalized();
  if (item.notes.length === 0) return null;
  return (
    <span className="item-footnotes">
      {item.notes.map((n) => (
        <span key={n.mark} className="item-footnotes__note">
          {n.mark} {tx(n.text)}
        </span>
      ))}
    </span>
  );
}
