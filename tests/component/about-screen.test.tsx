import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { changeLanguage, setupI18n } from '../../src/i18n/setup';
import { catalogue } from '../../src/catalogue';
import { AboutScreen } from '../../src/features/about/about-screen';

beforeAll(async () => {
  await setupI18n();
});

describe('AboutScreen', () => {
  it('gives the purpose, the references as links, the revisions, the contact and the trademark note', async () => {
    await changeLanguage('ja', false);
    render(<AboutScreen />);
    expect(screen.getByRole('heading', { level: 1, name: 'この手引きとツールについて' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '本書の目的' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '本書の想定読者' })).toBeInTheDocument();
    const refs = screen.getByRole('region', { name: '参考情報（手引きの参考2）' });
    expect(within(refs).getAllByRole('link')).toHaveLength(catalogue.references.length);
    expect(within(refs).getByRole('link', { name: 'サイバーセキュリティ経営ガイドライン' })).toHaveAttribute(
      'href',
      'https://www.meti.go.jp/policy/netsecurity/mng_guide.html',
    );
    const revisions = screen.getByRole('region', { name: '改定履歴' });
    expect(within(revisions).getByText('2021年6月2日')).toBeInTheDocument();
    expect(within(revisions).getByText(/第2版策定/)).toBeInTheDocument();
    const contact = screen.getByRole('region', { name: '問い合わせ先' });
    expect(within(contact).getByText('総務省 サイバーセキュリティ統括官室')).toBeInTheDocument();
    expect(within(contact).getByText(/telework-security×ml\.soumu\.go\.jp/)).toBeInTheDocument();
    expect(screen.getByText(/各社の商標・登録商標です/)).toBeInTheDocument();
    const scope = screen.getByRole('region', { name: '手引きが扱う方式と扱わない方式' });
    expect(within(scope).getByText(/セキュアコンテナ方式は、この手引きの対象外です/)).toBeInTheDocument();
    expect(
      within(scope).getByRole('link', { name: /テレワークセキュリティガイドライン（第5版）/ }),
    ).toBeInTheDocument();
  });

  it('follows the chosen language', async () => {
    await changeLanguage('en', false);
    try {
      render(<AboutScreen />);
      expect(
        screen.getByRole('heading', { level: 1, name: 'About the guide and this tool' }),
      ).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: 'Purpose of this document' })).toBeInTheDocument();
      expect(screen.getByText('31 May 2021')).toBeInTheDocument();
    } finally {
      await changeLanguage('ja', false);
    }
  });
});
