import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The built app the end-to-end tests run against (see playwright.config.ts). */
export const builtApp = resolve(process.env.E2E_DIST ?? 'dist');

export interface StaticHost {
  /** Base URL of the server, ending in '/'. */
  url: string;
  /** A copy of the build that the test may change, as a new deployment would. */
  dir: string;
  /** Stops serving: from then on the host is unreachable, as with the network off. */
  stopServing: () => Promise<void>;
  /** Stops serving and deletes the copy. */
  stop: () => Promise<void>;
}

/**
 * Serves a fresh copy of the built app under `subPath` (e.g. '/sub/dir/') with scripts/static-server.mjs, a plain
 * static host on a free loopback port, as the app would be deployed on any static host.
 */
export async function hostCopyOfApp(subPath: string): Promise<StaticHost> {
  const root = mkdtempSync(join(tmpdir(), 'telework-host-'));
  const dir = join(root, 'app');
  cpSync(builtApp, dir, { recursive: true });
  const child = spawn(
    process.execPath,
    ['scripts/static-server.mjs', '--port', '0', '--mount', `${subPath}=${dir}`],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (\S+)/.exec(out);
      if (m) resolveUrl(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`static server exited with ${code}`)));
  });
  const stopServing = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill();
    await exited;
  };
  return {
    url,
    dir,
    stopServing,
    stop: async () => {
      await stopServing();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
