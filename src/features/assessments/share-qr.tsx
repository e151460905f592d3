import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qrModulesPath } from '../../domain/share-link-limits';

/** Quiet zone around the code, in modules (the QR standard asks for 4). */
const MARGIN = 4;

type Qr = { link: string; size: number; path: string } | { link: string; tooLong: true };

/**
 * The share link as a QR code, for opening it on a phone. The generator (qrcode-generator, no dependencies)
 * is loaded only when a link is shown. A link beyond the largest QR code's capacity gets a sentence instead.
 */
export function ShareQr({ link }: { link: string }) {
  const { t } = useTranslation('share');
  const [qr, setQr] = useState<Qr | null>(null);

  useEffect(() => {
    let live = true;
    void import('qrcode-generator').then(({ default: qrcode }) => {
      if (!live) return;
      try {
        // Type 0 picks the smallest version that fits; level L keeps the most room for long links.
        const code = qrcode(0, 'L');
        code.addData(link, 'Byte');
        code.make();
        const size = code.getModuleCount();
        setQr({ link, size, path: qrModulesPath(size, (r, c) => code.isDark(r, c)) });
      } catch {
        // The generator throws when the data exceeds version 40 (2,953 bytes at level L).
        setQr({ link, tooLong: true });
      }
    });
    return () => {
      live = false;
    };
  }, [link]);

  if (qr === null || qr.link !== link) return <p role="status">{t('dialog.qrMaking')}</p>;
  if ('tooLong' in qr) return <p className="share-dialog__hint">{t('dialog.qrTooLong')}</p>;
  const full = qr.size + MARGIN * 2;
  return (
    <figure className="share-qr">
      <svg
        role="img"
        aria-label={t('dialog.qrLabel')}
        viewBox={`${-MARGIN} ${-MARGIN} ${full} ${full}`}
        width={Math.max(full * 4, 200)}
        height={Math.max(full * 4, 200)}
        shapeRendering="crispEdges"
        className="share-qr__code"
      >
        <rect x={-MARGIN} y={-MARGIN} width={full} height={full} fill="#fff" />
        <path d={qr.path} fill="#000" />
      </svg>
      <figcaption className="share-dialog__hint">{t('dialog.qrHint')}</figcaption>
    </figure>
  );
}
