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

/** Returns the path of a Chromium binary, installing Debian's when it can. Exits with a message when it cannot. */
export function ensureChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter(Boolean);
  for (const c of candidates) if (existsSync(c)) return c;
  if (isDebian() && process.getuid?.() === 0) {
    console.log('No Chromium found: installing Debian\'s "chromium" package (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error(
    'No Chromium found for the end-to-end tests.\n' +
      'Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
