import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage, setupI18n } from '../../src/i18n/setup';
import { App } from '../../src/app/app';
import { ScreenErrorBoundary } from '../../src/ui/error-boundary';
import { downloadText } from '../../src/ui/download';
import { STORAGE_KEY } from '../../src/state/storage-key';
import type * as HomeScreenModule from '../../src/features/home/home-screen';

// The home screen is what App shows at '#/'; here it fails while rendering, as a screen could on bad data.
const failing = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/features/home/home-screen', async (importOriginal) => {
  const original = await importOriginal<typeof HomeScreenModule>();
  return {
    ...original,
    HomeScreen: (props: Parameters<typeof original.HomeScreen>[0]) => {
      if (failing.on) throw new Error('screen failed while rendering');
      return <original.HomeScreen {...props} />;
    },
  };
});
vi.mock('../../src/ui/download', () => ({ downloadText: vi.fn() }));

function Fails(): never {
  throw new Error('screen failed while rendering');
}

beforeAll(async () => {
  await setupI18n();
  // jsdom's browser prefers English; the messages checked here are the Japanese ones.
  await changeLanguage('ja', false);
});

beforeEach(() => {
  failing.on = false;
  vi.mocked(downloadText).mockClear();
  // React reports the caught error on the console; that is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('ScreenErrorBoundary', () => {
  it('shows the message and the export button in place of a screen that throws, and keeps the layout', async () => {
    failing.on = true;
    render(<App />);

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'この画面を表示できませんでした' }),
    ).toBeInTheDocument();
    expect(within(alert).getByText(/入力済みのデータはこのブラウザに残っています/)).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'データをファイルに保存' })).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'ホームに戻る' })).toHaveAttribute('href', '#/');

    // The rest of the page is still there and usable: header, navigation, main landmark and footer.
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation')).toBeInTheDocument();
    expect(screen.getByRole('main')).toContainElement(alert);
    expect(screen.getByRole('contentinfo')).toHaveTextContent('総務省');
    // …and the failed screen's own content is gone.
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
  });

  it('renders the screen normally when nothing throws', () => {
    render(<App />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });

  it('exports exactly what is saved in the browser, every key of it, when the export button is pressed', async () => {
    const index = JSON.stringify({ version: 2, index: { ids: ['a'], deletedAssessments: [] } });
    const record = '{"version":2,"assessment":{"id":"a"'; // damaged, and still exported as it is
    localStorage.setItem(STORAGE_KEY, index);
    localStorage.setItem(`${STORAGE_KEY}.a.a`, record);
    localStorage.setItem('another-app', 'not ours');
    failing.on = true;
    render(<App />);

    await userEvent.click(await screen.findByRole('button', { name: 'データをファイルに保存' }));

    expect(downloadText).toHaveBeenCalledTimes(1);
    const [filename, text, type] = vi.mocked(downloadText).mock.calls[0]!;
    expect(filename).toMatch(/^telework-checklist-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(text)).toEqual({ [STORAGE_KEY]: index, [`${STORAGE_KEY}.a.a`]: record });
    expect(type).toBe('application/json');
  });

  it('clears the error when the route changes, so another screen can be shown', () => {
    const { rerender } = render(
      <ScreenErrorBoundary resetKey="a/1">
        <Fails />
      </ScreenErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();

    rerender(
      <ScreenErrorBoundary resetKey="a/2">
        <p>another screen</p>
      </ScreenErrorBoundary>,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('another screen')).toBeInTheDocument();
  });
});
