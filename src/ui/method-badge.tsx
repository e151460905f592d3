import { useShellTranslation } from '../i18n/shell';
import type { MethodId } from '../domain/catalogue-schema';

const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧'] as const;

/** The seed's circled number (①…⑧), as it appears in the document. */
export function circled(id: MethodId): string {
  return CIRCLED[id - 1] ?? String(id);
}

/** "方式①" with the number read out plainly by screen readers. */
export function MethodBadge({ id }: { id: MethodId }) {
  const { t } = useShellTranslation();
  return <span className="method-badge">{t('method.label', { number: circled(id) })}</span>;
}
