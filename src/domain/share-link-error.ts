import type { SharedAssessment } from './shared-assessment';

/** What can go wrong when opening a share link. The UI shows one plain message per code. */
export type ShareLinkErrorCode =
  /** Not shaped like a share link at all. */
  | 'malformed'
  /** Made by a newer app: a format version or catalogue version this build does not know. */
  | 'newer-version'
  /** Ends before the data does: usually cut off by a mail client or a chat tool. */
  | 'truncated'
  /** The checksum, a value or the compressed part is wrong: altered or damaged. */
  | 'corrupt'
  /** Beyond a size limit (length, environments, decompressed text). */
  | 'too-large'
  /** Refers to a method, item or flowchart step the catalogue does not have. */
  | 'unknown-id'
  /** Well-formed, but a value breaks the rules (e.g. a name longer than allowed). */
  | 'invalid'
  /** Carries an improvement plan for an item that applies to none of its environments. */
  | 'plan-not-applying';

export interface ShareLinkError {
  code: ShareLinkErrorCode;
  /** For developers and bug reports; the UI shows a message per code. */
  details: string;
}

export type DecodeResult = { ok: true; shared: SharedAssessment } | { ok: false; error: ShareLinkError };

export function shareLinkError(
  code: ShareLinkErrorCode,
  details: string,
): { ok: false; error: ShareLinkError } {
  return { ok: false, error: { code, details } };
}
