// Finds a Chromium for the end-to-end tests and the benchmark: CHROME_PATH, then /usr/bin/chromium.
// On Debian as root it installs Debian's package; otherwise it says how to get one.
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

/**
 * Returns the path of a Chromium binary, installing Debian's (and what the tests need beside it: pdftotext and
 * a Japanese font) when it can. Exits with a message when it cannot.
 */
export function ensureChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter(Boolean);
  const chromium = candidates.find((c) => existsSync(c));
  const missing = [
    ...(chromium ? [] : [{ what: 'Chromium', debian: 'chromium' }]),
    ...SYSTEM_TOOLS.filter((t) => !t.present()),
  ];
  if (missing.length === 0) return chromium;
  if (isDebian() && process.getuid?.() === 0) {
    console.log(`Installing Debian's ${missing.map((m) => `"${m.debian}"`).join(', ')} (apt-get)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing.map((m) => m.debian)], {
      stdio: 'inherit',
      env,
    });
    if (existsSync(chromium ?? '/usr/bin/chromium') && SYSTEM_TOOLS.every((t) => t.present()))
      return chromium ?? '/usr/bin/chromium';
  }
  console.error(
    `Missing for the end-to-end tests: ${missing.map((m) => m.what).join(', ')}.\n` +
      `Install them (Debian/Ubuntu: sudo apt-get install ${missing.map((m) => m.debian).join(' ')}), ` +
      'or set CHROME_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
