import type { Catalogue } from './catalogue-schema';
import type { Assessment } from './assessment';
import { toSharedAssessment } from './shared-assessment';
import { decodeV1 } from './share-link-v1';
import { decodeV2, encodeV2 } from './share-link-v2';
import { shareLinkError, type DecodeResult } from './share-link-error';

/**
 * The share link: a whole assessment in the URL fragment (after `#`), which browsers never send to a
 * server. A fragment is `S`, one character naming the format version, then base64url bytes. Each version
 * keeps its own decoder for good, so links made by older versions of the app keep opening.
 */

/** Longer fragments are refused before any decoding work. Chat tools and mail clients mangle longer URLs anyway. */
export const MAX_FRAGMENT_LENGTH = 64 * 1024;

export type EncodeResult =
  { ok: true; fragment: string } | { ok: false; error: { code: 'too-long'; details: string } };

/** Decoders by version character. Add a version here; never remove one. */
const DECODERS: Record<string, (payload: string, catalogue: Catalogue) => Promise<DecodeResult>> = {
  '1': decodeV1,
  '2': decodeV2,
};
const LATEST_VERSION = '2';

const FRAGMENT = /^S([0-9a-z])([A-Za-z0-9_-]*)$/;

/**
 * Encodes an assessment as a fragment (without the `#`) in the latest format. Names, notes and the
 * flowchart path are included only with `includeText`. Fails only when the result would be too long.
 */
export async function encodeShareLink(
  catalogue: Catalogue,
  assessment: Assessment,
  { includeText }: { includeText: boolean },
): Promise<EncodeResult> {
  const shared = toSharedAssessment(catalogue, assessment, { includeText });
  const payload = await encodeV2(shared);
  if (payload === null)
    return { ok: false, error: { code: 'too-long', details: 'names and notes are too large' } };
  const fragment = `S${LATEST_VERSION}${payload}`;
  if (fragment.length > MAX_FRAGMENT_LENGTH) {
    return { ok: false, error: { code: 'too-long', details: `${fragment.length} characters` } };
  }
  return { ok: true, fragment };
}

/**
 * Decodes a fragment (without the `#`) strictly: shape, version, checksum, sizes, known ids, then the
 * schema. Never throws and never rejects: anything wrong comes back as an error with a code.
 */
export async function decodeShareLink(fragment: unknown, catalogue: Catalogue): Promise<DecodeResult> {
  try {
    if (typeof fragment !== 'string') return shareLinkError('malformed', 'not a string');
    if (fragment.length > MAX_FRAGMENT_LENGTH) {
      return shareLinkError('too-large', `${fragment.length} characters, at most ${MAX_FRAGMENT_LENGTH}`);
    }
    const match = FRAGMENT.exec(fragment);
    if (!match) return shareLinkError('malformed', 'does not match S<version><base64url>');
    const [, version = '', payload = ''] = match;
    const decode = DECODERS[version];
    if (!decode) {
      return parseInt(version, 36) > parseInt(LATEST_VERSION, 36)
        ? shareLinkError('newer-version', `format version ${version}`)
        : shareLinkError('malformed', `unknown format version ${version}`);
    }
    return await decode(payload, catalogue);
  } catch (e) {
    // A decoder bug must not take the app down: the user sees "damaged link" and nothing changes.
    return shareLinkError('corrupt', `unexpected: ${e instanceof Error ? e.message : String(e)}`);
  }
}
