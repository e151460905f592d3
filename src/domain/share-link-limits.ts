/**
 * Above this many characters a link is at risk in the places people paste it: Microsoft Teams and older Outlook
 * versions are known to cut or wrap long URLs, and Internet Explorer-era components stop at 2,083.
 */
export const LONG_LINK_CHARS = 2000;

/** Whether a share link is long enough that a chat or mail client may break it (see {@link LONG_LINK_CHARS}). */
export function isLongShareLink(link: string): boolean {
  return link.length > LONG_LINK_CHARS;
}

/** The dark modules of a QR code, as an SVG path in module units (one `h1v1h-1z` square per dark module). */
export function qrModulesPath(size: number, isDark: (row: number, col: number) => boolean): string {
  let d = '';
  for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) if (isDark(r, c)) d += `M${c} ${r}h1v1h-1z`;
  return d;
}
