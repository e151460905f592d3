// Pre-renders the first screen into the built index.html: `node scripts/prerender.mjs <dist> <ssr-bundle-dir>`.
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist = 'dist', ssrDir = 'node_modules/.prerender'] = process.argv.slice(2);
const { renderHome } = await import(pathToFileURL(resolve(ssrDir, 'prerender.js')).href);
const html = await renderHome();
const indexPath = join(dist, 'index.html');
const index = readFileSync(indexPath, 'utf8');
const marker = '<div id="root"></div>';
if (!index.includes(marker)) throw new Error(`${indexPath} has no empty ${marker} to fill`);
writeFileSync(indexPath, index.replace(marker, `<div id="root">${html}</div>`));
rmSync(ssrDir, { recursive: true, force: true });
console.log(`pre-rendered the first screen into ${indexPath} (${html.length} characters)`);
