import type { Catalogue, LocalizedText } from './catalogue-schema';

/**
 * Splits a catalogue text into plain runs, footnote markers (※1) and glossary terms, so that the UI can
 * link the markers to their notes and open the seed's explanation of a term in place.
 */

export type TextSegment =
  | { kind: 'text'; text: string }
  /** A footnote marker such as ※1, exactly as it appears in the text. */
  | { kind: 'note'; mark: string }
  /** A glossary term, as written in the text, and the id of its glossary or key-term entry. */
  | { kind: 'term'; text: string; termId: string };

/** A glossary entry's id and the words that link to it in one language. */
export interface TermMatcher {
  id: string;
  matches: readonly string[];
}

interface Candidate {
  start: number;
  end: number;
  segment: TextSegment;
}

const ALNUM = /[A-Za-z0-9]/;
const PLURAL_ENDINGS = ['s', 'es'] as const;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where a match may end, or -1 when it may not match here. A Latin word only matches whole (so "OS" does not
 * match in "iOS" or "cost"), except for a plural ending, which the link then takes in ("cloud services").
 * Japanese has no spaces between words, so a Japanese match may sit anywhere.
 */
function wordEnd(text: string, start: number, end: number): number {
  const first = text[start] ?? '';
  const last = text[end - 1] ?? '';
  if (ALNUM.test(first) && ALNUM.test(text[start - 1] ?? '')) return -1;
  if (!ALNUM.test(last) || !ALNUM.test(text[end] ?? '')) return end;
  for (const suffix of PLURAL_ENDINGS) {
    const after = end + suffix.length;
    if (text.slice(end, after).toLowerCase() === suffix && !ALNUM.test(text[after] ?? '')) return after;
  }
  return -1;
}

function occurrences(text: string, needle: string, ignoreCase: boolean): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const re = new RegExp(escapeRegExp(needle), ignoreCase ? 'giu' : 'gu');
  for (const m of text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length });
  return found;
}

/**
 * Segments `text`. Every footnote marker in `noteMarks` is linked wherever it occurs (※1 never matches the
 * start of ※10). Each term is linked at its first occurrence only, so that a text is not a wall of links;
 * where matches overlap, the one that starts first wins, and of those the longest ("管理者権限" over "管理者").
 * Latin matches ignore case.
 */
export function segmentText(
  text: string,
  terms: readonly TermMatcher[],
  noteMarks: readonly string[],
): TextSegment[] {
  const candidates: Candidate[] = [];
  for (const mark of noteMarks) {
    for (const o of occurrences(text, mark, false)) {
      if (/\d/.test(text[o.end] ?? '')) continue;
      candidates.push({ ...o, segment: { kind: 'note', mark } });
    }
  }
  for (const term of terms) {
    for (const match of term.matches) {
      for (const o of occurrences(text, match, true)) {
        const end = wordEnd(text, o.start, o.end);
        if (end < 0) continue;
        candidates.push({
          start: o.start,
          end,
          segment: { kind: 'term', text: text.slice(o.start, end), termId: term.id },
        });
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));

  const segments: TextSegment[] = [];
  const linked = new Set<string>();
  let cursor = 0;
  // A repeated term is left as plain text but still covers its span, so no shorter term inside it gets linked.
  let covered = 0;
  for (const c of candidates) {
    if (c.start < covered) continue;
    covered = c.end;
    if (c.segment.kind === 'term') {
      if (linked.has(c.segment.termId)) continue;
      linked.add(c.segment.termId);
    }
    if (c.start > cursor) segments.push({ kind: 'text', text: text.slice(cursor, c.start) });
    segments.push(c.segment);
    cursor = c.end;
  }
  if (cursor < text.length) segments.push({ kind: 'text', text: text.slice(cursor) });
  return segments;
}

/** The ids of the terms linked in a text, in order of appearance. */
export function linkedTermIds(segments: readonly TextSegment[]): string[] {
  return segments.flatMap((s) => (s.kind === 'term' ? [s.termId] : []));
}

/** The glossary and key-term entries as matchers for one language; key terms first, as they explain more. */
export function termMatchers(
  catalogue: Pick<Catalogue, 'glossary' | 'keyTerms'>,
  lang: keyof LocalizedText,
): TermMatcher[] {
  return [
    ...catalogue.keyTerms.map((k) => ({ id: k.id, matches: k.matches[lang] })),
    ...catalogue.glossary.map((g) => ({ id: g.id, matches: g.matches[lang] })),
  ];
}
