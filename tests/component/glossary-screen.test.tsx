import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { changeLanguage, setupI18n } from '../../src/i18n/setup';
import { catalogue } from '../../src/catalogue';
import { GlossaryScreen } from '../../src/features/glossary/glossary-screen';

beforeAll(async () => {
  await setupI18n();
  await changeLanguage('ja', false);
});

describe('GlossaryScreen', () => {
  it('lists every glossary term, every key term with its blocks, and the four threats', () => {
    render(<GlossaryScreen />);
    expect(screen.getByRole('heading', { level: 1, name: '用語集' })).toBeInTheDocument();

    const terms = screen.getByRole('region', { name: '用語' });
    expect(
      within(terms)
        .getAllByRole('term')
        .map((t) => t.textContent),
    ).toEqual(catalogue.glossary.map((g) => g.term.ja));
    expect(within(terms).getByText(/ぜいじゃくせい/)).toBeInTheDocument();

    const keyTerms = screen.getByRole('region', { name: 'キーワード解説' });
    expect(
      within(keyTerms)
        .getAllByRole('article')
        .map((a) => within(a).getAllByRole('heading')[0]!.textContent),
    ).toEqual(catalogue.keyTerms.map((k) => k.title.ja));
    const mdm = within(keyTerms).getByRole('article', { name: '「MDM」について' });
    expect(within(mdm).getAllByRole('listitem').length).toBeGreaterThan(0);
    const admin = within(keyTerms).getByRole('article', { name: '「管理者権限」について' });
    expect(within(admin).getByRole('table')).toBeInTheDocument();

    const threats = screen.getByRole('region', { name: '想定される脅威' });
    expect(within(threats).getAllByRole('article')).toHaveLength(4);
    expect(within(threats).getByRole('heading', { name: '端末の紛失・盗難' })).toBeInTheDocument();
  });
});
