import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linkedTermIds, segmentText, termMatchers, type TextSegment } from '../../../src/domain/term-links';

const terms = [
  { id: 'important-information', matches: ['重要情報'] },
  { id: 'admin-rights', matches: ['管理者権限'] },
  { id: 'rights', matches: ['権限'] },
  { id: 'os', matches: ['OS'] },
  { id: 'vpn', matches: ['VPN'] },
];

const joined = (segments: TextSegment[]) =>
  segments.map((s) => (s.kind === 'note' ? s.mark : s.text)).join('');

describe('segmentText', () => {
  it('links a term and a footnote marker and keeps the rest as text', () => {
    expect(segmentText('取り扱う重要情報※1を把握している。', terms, ['※1'])).toEqual([
      { kind: 'text', text: '取り扱う' },
      { kind: 'term', text: '重要情報', termId: 'important-information' },
      { kind: 'note', mark: '※1' },
      { kind: 'text', text: 'を把握している。' },
    ]);
  });

  it('prefers the longest match where terms overlap', () => {
    const s = segmentText('管理者権限は必要な時のみ', terms, []);
    expect(linkedTermIds(s)).toEqual(['admin-rights']);
  });

  it('links a term only at its first occurrence, and nothing inside a repeated one', () => {
    const s = segmentText('管理者権限を管理者権限で', terms, []);
    expect(linkedTermIds(s)).toEqual(['admin-rights']);
    expect(joined(s)).toBe('管理者権限を管理者権限で');
  });

  it('does not match a Latin term inside a longer word', () => {
    expect(linkedTermIds(segmentText('iOS products and costs', terms, []))).toEqual([]);
    expect(linkedTermIds(segmentText('Keep the OS up to date', terms, []))).toEqual(['os']);
  });

  it('takes a plural ending into the link, but no other letters', () => {
    const cloud = [{ id: 'cloud-service', matches: ['cloud service'] }];
    expect(segmentText('Cloud services (web mail)', cloud, [])).toEqual([
      { kind: 'term', text: 'Cloud services', termId: 'cloud-service' },
      { kind: 'text', text: ' (web mail)' },
    ]);
    expect(linkedTermIds(segmentText('the cloud serviced it', cloud, []))).toEqual([]);
    expect(linkedTermIds(segmentText('OSes', terms, []))).toEqual(['os']);
  });

  it('ignores case in Latin matches and keeps the text as written', () => {
    expect(segmentText('a vpn device', terms, [])).toContainEqual({
      kind: 'term',
      text: 'vpn',
      termId: 'vpn',
    });
  });

  it('does not take ※1 from ※10', () => {
    expect(segmentText('A※10 B※1', [], ['※1'])).toEqual([
      { kind: 'text', text: 'A※10 B' },
      { kind: 'note', mark: '※1' },
    ]);
  });

  it('links every occurrence of a footnote marker', () => {
    const s = segmentText('※2と※2', [], ['※2']);
    expect(s.filter((x) => x.kind === 'note')).toHaveLength(2);
  });

  it('returns the whole text as one run when nothing matches, and nothing for an empty text', () => {
    expect(segmentText('対策を実施している。', terms, ['※1'])).toEqual([
      { kind: 'text', text: '対策を実施している。' },
    ]);
    expect(segmentText('', terms, ['※1'])).toEqual([]);
  });

  it('never loses or reorders a character, whatever the text and terms', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(
          fc.record({ id: fc.string({ minLength: 1 }), matches: fc.array(fc.string({ minLength: 1 })) }),
        ),
        fc.array(fc.constantFrom('※1', '※2', '※10')),
        (text, ts, marks) => {
          expect(joined(segmentText(text, ts, marks))).toBe(text);
        },
      ),
    );
  });
});

describe('termMatchers', () => {
  const cat = {
    glossary: [
      {
        id: 'vpn',
        term: { ja: 'VPN', en: 'VPN' },
        definition: { ja: '定義', en: 'Definition' },
        matches: { ja: ['VPN'], en: ['VPN'] },
      },
    ],
    keyTerms: [
      {
        id: 'password',
        title: { ja: '「パスワード」について', en: 'About passwords' },
        sections: [{ blocks: [{ type: 'paragraph' as const, text: { ja: '本文', en: 'Body' } }] }],
        matches: { ja: ['パスワード'], en: ['password', 'Password'] },
      },
    ],
  };

  it('lists key terms and glossary terms with the matches of the chosen language', () => {
    expect(termMatchers(cat, 'en')).toEqual([
      { id: 'password', matches: ['password', 'Password'] },
      { id: 'vpn', matches: ['VPN'] },
    ]);
    expect(linkedTermIds(segmentText('VPNのパスワード', termMatchers(cat, 'ja'), []))).toEqual([
      'vpn',
      'password',
    ]);
  });
});
