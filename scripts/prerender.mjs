// Pre-renders the first screen into the built index.html: `node scripts/prerender.mjs <dist> <ssr-bundle-dir>`.
// Both languages go in the page: `#root` holds the Japanese home screen and `#root-en` the English one; app.css
// shows the one of <html lang>, which public/language.js sets before the first paint, and src/boot.tsx hydrates
// it and drops the other. So an English visitor's first paint is already English.
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist = 'dist', ssrDir = 'node_modules/.prerender'] = process.argv.slice(2);
const { renderHome } = await import(pathToFileURL(resolve(ssrDir, 'prerender.js')).href);
const ja = await renderHome('ja');
const en = await renderHome('en');
const indexPath = join(dist, 'index.html');
const index = readFileSync(indexPath, 'utf8');
const marker = '<div id="root"></div>';
if (!index.includes(marker)) throw new Error(`${indexPath} has no empty ${marker} to fill`);
writeFileSync(
  indexPath,
  index.replace(
    marker,
    `<div id="root" data-prerendered="ja">${ja}</div><div id="root-en" data-prerendered="en">${en}</div>`,
  ),
);
rmSync(ssrDir, { recursive: true, force: true });
console.log(`pre-rendered the first screen into ${indexPath} (ja ${ja.length}, en ${en.length} characters)`);
