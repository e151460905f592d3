// A tiny static file server on loopback, as a plain static host would serve the built app: no rewrites, no
// caching, and no compression unless asked (`compress: true`: gzip level 9 for text files when the browser
// accepts it, as most static hosts do; the bench's slow-connection runs use it). Used by `npm run bench` and by
// the sub-path end-to-end test.
//
//   node scripts/static-server.mjs --port 4187 --mount /sub/dir/=dist [--mount /other/=dir …]
//
// Prints "listening on http://127.0.0.1:<port>/" once ready (port 0 picks a free one).
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves each directory under its URL prefix (which must start and end with '/').
 * Resolves to the listening server and its base URL.
 * @param {{ mounts: Record<string, string>, port?: number, host?: string, compress?: boolean }} options
 */
export function serveStatic({ mounts, port = 0, host = '127.0.0.1', compress = false }) {
  const gzipped = new Map();
  const roots = Object.entries(mounts)
    .map(([prefix, dir]) => {
      if (!prefix.startsWith('/') || !prefix.endsWith('/'))
        throw new Error(`mount prefix ${prefix} must start and end with /`);
      return [prefix, resolve(dir)];
    })
    // Longest prefix first, so /a/b/ wins over /a/.
    .sort((a, b) => b[0].length - a[0].length);

  const server = createServer((req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
        ...headers,
      });
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, 'bad request');
    }
    // A mount requested without its trailing slash: redirect, as static hosts do, so relative URLs resolve.
    const bare = roots.find(([prefix]) => path === prefix.slice(0, -1));
    if (bare)
      return send(301, '', {
        location: `${bare[0]}${req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : ''}`,
      });
    const mount = roots.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return send(404, 'not found');
    const [prefix, root] = mount;
    let file = join(root, path.slice(prefix.length));
    if (file !== root && !file.startsWith(root + sep)) return send(403, 'forbidden');
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const stat = statSync(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (
        compress &&
        /^(text\/|application\/(json|manifest)|image\/svg)/.test(type) &&
        /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      ) {
        const key = `${file}:${stat.mtimeMs}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(file), { level: 9 }));
        const body = gzipped.get(key);
        res.writeHead(200, {
          'content-type': type,
          'content-length': body.length,
          'content-encoding': 'gzip',
          vary: 'accept-encoding',
          'cache-control': 'no-cache',
        });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': stat.size,
        'cache-control': 'no-cache',
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    } catch {
      send(404, 'not found');
    }
  });

  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolveServer({ server, url: `http://${host}:${actualPort}/` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const mounts = {};
  let port = 0;
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value = ''] = [args[i], args[i + 1]];
    if (flag === '--port') port = Number(value);
    else if (flag === '--mount' && value.includes('=')) {
      const at = value.indexOf('=');
      mounts[value.slice(0, at)] = value.slice(at + 1);
    } else {
      console.error('usage: node scripts/static-server.mjs --port <n> --mount /prefix/=<dir> [--mount …]');
      process.exit(2);
    }
  }
  const { url } = await serveStatic({ mounts, port });
  console.log(`listening on ${url}`);
}
