// Small helpers of `npm run bench`: medians, rates, byte sizes and the printed table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The median of a list of numbers (the mean of the two middle ones for an even count). */
export function median(values) {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Raw and gzip (level 9, as static hosts precompress) byte counts of some bytes. */
export function sizes(bytes) {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** What kind of file a first screen requested: the build names the catalogue's chunks `_catalogue-…`. */
function kindOf(file) {
  if (/(^|\/)_?catalogue[^/]*\.(js|json)$/.test(file)) return 'catalogue';
  if (file.endsWith('.html')) return 'html';
  if (file.endsWith('.js')) return 'js';
  if (file.endsWith('.css')) return 'css';
  return 'other';
}

/**
 * The scripts and style sheets a page carries inline, as entries of the `js` and `css` kinds (`file` says
 * where they are): they count as the first screen's JS and CSS just as files would.
 */
function inlineParts(file, html) {
  const found = { js: [], css: [] };
  for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    if (body.trim()) found.js.push({ file: `${file} (inline script)`, ...sizes(Buffer.from(body)) });
  }
  for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
    found.css.push({ file: `${file} (inline style)`, ...sizes(Buffer.from(body)) });
  }
  return found;
}

/**
 * The files a first screen requested (their URLs, served under `prefix` from `dist`), grouped by kind, each
 * kind with its files and their summed raw and gzip sizes, read from the build on disk. Scripts and styles
 * inline in an HTML page count under `js` and `css` too (and under `html`, being part of the page).
 */
export function groupRequestedFiles(requested, { prefix, dist }) {
  const groups = { html: [], js: [], css: [], catalogue: [], other: [] };
  for (const u of new Set(requested)) {
    const path = new URL(u).pathname;
    if (!path.startsWith(prefix)) throw new Error(`the first screen requested ${u}, outside ${prefix}`);
    let file = path.slice(prefix.length);
    if (file === '' || file.endsWith('/')) file += 'index.html';
    const bytes = readFileSync(join(dist, file));
    const kind = kindOf(file);
    groups[kind].push({ file, ...sizes(bytes) });
    if (kind === 'html') {
      const inline = inlineParts(file, bytes.toString('utf8'));
      groups.js.push(...inline.js);
      groups.css.push(...inline.css);
    }
  }
  const sum = (list) =>
    list.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip }), { raw: 0, gzip: 0 });
  return Object.fromEntries(Object.entries(groups).map(([k, files]) => [k, { ...sum(files), files }]));
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value) => `${value.toFixed(1)} ms`;

/** Runs `fn` repeatedly for at least `minMs`; returns operations per second. */
export async function rate(fn, minMs = 1000) {
  // Warm up, so the figure is about the code and not the first compilation of it.
  for (let i = 0; i < 50; i += 1) await fn();
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 50; i += 1) await fn();
    count += 50;
    elapsed = performance.now() - start;
  }
  return (count / elapsed) * 1000;
}

/** Formats rows (arrays of cells) as a Markdown table, so it can be pasted into the README as it is. */
export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c)));
  const widths = header.map((_, i) => Math.max(...all.map((r) => [...r[i]].length)));
  const line = (r) => `| ${r.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ')} |`;
  return [
    line(all[0]),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...all.slice(1).map(line),
  ].join('\n');
}
