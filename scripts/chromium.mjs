// Finds a Chromium for the end-to-end tests and the benchmark: CHROME_PATH, then Debian's Chromium.
// On Debian as root it installs Debian's package; otherwise it says how to get one.
//
// The end-to-end tests prefer Debian's chromium-headless-shell (the same Chromium, built without the browser's
// own windowing layer; what Playwright itself runs headless tests in): on a 2-core machine the whole
// Playwright run takes about a third less time in it than in the full browser. The benchmark and Lighthouse
// measure the full browser, as a visitor has it.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function isDebian() {
  try {
    return /^ID=debian$/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

/** What the end-to-end tests need from the system, besides Chromium: how to tell it is there, and its package. */
const SYSTEM_TOOLS = [
  // The printed report is read back as text from Chromium's PDF.
  { what: 'pdftotext', present: () => existsSync('/usr/bin/pdftotext'), debian: 'poppler-utils' },
  // Without a Japanese font, Chromium prints boxes and the PDF's text loses characters.
  { what: 'a Japanese font', present: hasJapaneseFont, debian: 'fonts-ipafont-gothic' },
];

function hasJapaneseFont() {
  try {
    return execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

export const FULL_CHROMIUM = '/usr/bin/chromium';
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * Returns the path of a Chromium binary, installing Debian's (and what the tests need beside it: pdftotext and
 * a Japanese font) when it can. Exits with a message when it cannot.
 *
 * With `headlessShell`, Debian's chromium-headless-shell is preferred (and installed when it can be); the full
 * browser is the fallback.
 */
export function ensureChromium({ headlessShell = false } = {}) {
  const wanted = headlessShell ? HEADLESS_SHELL : FULL_CHROMIUM;
  const candidates = [process.env.CHROME_PATH, wanted, FULL_CHROMIUM].filter(Boolean);
  const found = candidates.find((c) => existsSync(c));
  const canInstall = isDebian() && process.getuid?.() === 0;
  // The one wanted, unless CHROME_PATH names another; what is there otherwise, when nothing can be installed.
  const chromium =
    process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : found;
  const needBrowser = !chromium || (canInstall && !process.env.CHROME_PATH && !existsSync(wanted));
  const missing = [
    ...(needBrowser ? [{ what: 'Chromium', debian: wanted.split('/').pop() }] : []),
    ...SYSTEM_TOOLS.filter((t) => !t.present()),
  ];
  if (missing.length === 0) return chromium;
  if (canInstall) {
    console.log(`Installing Debian's ${missing.map((m) => `"${m.debian}"`).join(', ')} (apt-get)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '-qq', ...missing.map((m) => m.debian)], {
        stdio: 'inherit',
        env,
      });
    } catch (e) {
      console.error(`apt-get failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    // The wanted one if it is there now, else the Chromium that was already there.
    const usable = existsSync(wanted) && !process.env.CHROME_PATH ? wanted : chromium;
    if (usable && SYSTEM_TOOLS.every((t) => t.present())) return usable;
  }
  console.error(
    `Missing for the end-to-end tests: ${missing.map((m) => m.what).join(', ')}.\n` +
      `Install them (Debian/Ubuntu: sudo apt-get install ${missing.map((m) => m.debian).join(' ')}), ` +
      'or set CHROME_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
