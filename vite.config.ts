/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { parseCatalogue } from './src/domain/catalogue-schema.ts';
import { summarizeCatalogue } from './src/domain/catalogue-summary.ts';
import { splitCatalogueLanguages } from './src/domain/catalogue-languages.ts';
import { serviceWorker } from './scripts/service-worker-plugin.ts';

const packageJson = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const cataloguePath = fileURLToPath(new URL('./data/catalogue.json', import.meta.url));

const SUMMARY_ID = 'virtual:catalogue-summary';

/** Serves the small part of the catalogue the first screen needs, so it does not load the whole catalogue. */
function catalogueSummary(): Plugin {
  return {
    name: 'catalogue-summary',
    resolveId: (id) => (id === SUMMARY_ID ? `\0${SUMMARY_ID}` : null),
    load(id) {
      if (id !== `\0${SUMMARY_ID}`) return null;
      this.addWatchFile(cataloguePath);
      const summary = summarizeCatalogue(parseCatalogue(JSON.parse(readFileSync(cataloguePath, 'utf8'))));
      return `export const summary = ${JSON.stringify(summary)};`;
    },
  };
}

const STRUCTURE_ID = 'virtual:catalogue-structure';
const TEXTS_PREFIX = 'virtual:catalogue-texts/';

/**
 * Serves the catalogue split by language (see src/domain/catalogue-languages.ts): its structure, and each
 * language's texts as a module of its own, so a visitor downloads one language's texts.
 */
function catalogueLanguages(): Plugin {
  const split = () => splitCatalogueLanguages(JSON.parse(readFileSync(cataloguePath, 'utf8')));
  return {
    name: 'catalogue-languages',
    resolveId(id) {
      if (id === STRUCTURE_ID) return '\0catalogue-structure.js';
      const lang = id.startsWith(TEXTS_PREFIX) ? id.slice(TEXTS_PREFIX.length) : null;
      return lang === 'ja' || lang === 'en' ? `\0catalogue-${lang}.js` : null;
    },
    load(id) {
      if (id === '\0catalogue-structure.js') {
        this.addWatchFile(cataloguePath);
        return `export default ${JSON.stringify(split().structure)};`;
      }
      const lang = /^\0catalogue-(ja|en)\.js$/.exec(id)?.[1] as 'ja' | 'en' | undefined;
      if (!lang) return null;
      this.addWatchFile(cataloguePath);
      // JSON.parse of a string literal is faster for the browser than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(split().texts[lang]))});`;
    },
  };
}

const HINTS_ENTRY = 'route-hints';
/** The modules of the hints entry's own static graph (and the bundler's helpers it uses). */
const HINTS_OWN = [
  '/src/route-hints.ts',
  '/src/route-preload.ts',
  '/src/zod-config.ts',
  '/src/routes.ts',
  '/src/catalogue-texts.ts',
  '/src/i18n/browser-resources.ts',
  '/src/i18n/language.ts',
  'preload-helper',
  'rolldown/runtime',
];

/**
 * Builds src/route-hints.ts as an entry of its own and puts it in the page as an `async` module script, so that
 * it runs as soon as it arrives rather than after the app's whole script (see that file). The dev server does
 * not need it.
 */
function routeHints(): Plugin {
  return {
    name: 'route-hints',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    config: () => ({
      build: {
        rolldownOptions: {
          input: {
            index: fileURLToPath(new URL('./index.html', import.meta.url)),
            [HINTS_ENTRY]: fileURLToPath(new URL('./src/route-hints.ts', import.meta.url)),
          },
          output: {
            codeSplitting: {
              // Everything the first screen loads in one chunk, as with a single entry, except the small
              // modules the hints entry needs too, which must not wait for it.
              groups: [
                {
                  name: 'start',
                  priority: 2,
                  test: (id: string) => HINTS_OWN.some((part) => id.includes(part)),
                },
                {
                  name: 'app',
                  priority: 1,
                  tags: ['$initial'],
                },
              ],
            },
          },
        },
      },
    }),
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isEntry && c.name === HINTS_ENTRY,
        );
        if (!chunk) throw new Error('route-hints: the entry was not built');
        const tag = `<script type="module" async crossorigin src="./${chunk.fileName}"></script>`;
        // Early in <head>, where the preload scanner finds it first.
        if (!html.includes('</title>')) throw new Error('route-hints: index.html has no <title>');
        return html.replace('</title>', `</title>\n    ${tag}`);
      },
    },
  };
}

/**
 * The app's own style sheet (its first screen's chunk is `app`: see routeHints), which the page carries inline.
 * Screens that share a module with the first screen list it among the files to load with them (Vite's preload
 * lists); there it becomes the first screen's script, which is always loaded already, so nothing is fetched.
 */
const INLINED_CSS = /^assets\/app-[\w-]+\.css$/;
const EARLY_LANGUAGE_MARKER = /<!-- early-language:[^>]*-->/;
const earlyLanguagePath = fileURLToPath(new URL('./src/early-language.js', import.meta.url));

/** A plain script of ours without its comment lines and blank lines, to go inline in the page. */
function inlineScript(path: string): string {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\s*(\/\/|\/\*.*\*\/\s*$)/.test(line))
    .join('\n');
}

/** `'sha256-…'`, the Content-Security-Policy source that allows exactly this inline script or style. */
function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/**
 * What the first paint needs comes with the page itself, so that nothing but the HTML delays it: the script
 * that picks the page's language (src/early-language.js) goes into <head> inline, and in the build the app's
 * style sheet too (about 2 KB gzip; each screen's own styles still load with its code). The page's strict
 * Content-Security-Policy allows these two by their hashes, and nothing else inline (tests/e2e/privacy.spec.ts).
 * The page's module scripts are marked `fetchpriority="low"`: the home screen is in the page, pre-rendered, and
 * needs them only to respond, so the browser (and Lighthouse's model of it) does not wait for them to paint.
 */
function firstPaint(): Plugin {
  let inlined: string | null = null;
  let entryScript: string | null = null;
  return {
    name: 'first-paint',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (!inlined || !entryScript) return;
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk')
            chunk.code = chunk.code.replaceAll(`"./${inlined}"`, `"./${entryScript}"`);
        }
      },
    },
    writeBundle(_options, bundle) {
      // A screen that still referred to the inlined sheet would fail to load: see INLINED_CSS.
      if (!inlined) return;
      for (const file of Object.values(bundle)) {
        const text = file.type === 'chunk' ? file.code : String(file.source);
        if (text.includes(inlined)) throw new Error(`first-paint: ${file.fileName} refers to ${inlined}`);
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!EARLY_LANGUAGE_MARKER.test(html))
          throw new Error('first-paint: index.html has no early-language marker');
        if (!ctx.bundle) {
          return html.replace(
            EARLY_LANGUAGE_MARKER,
            () => `<script>${inlineScript(earlyLanguagePath)}</script>`,
          );
        }
        const links = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g)];
        if (links.length !== 1)
          throw new Error(`first-paint: expected one style sheet in the page, found ${links.length}`);
        const [link, fileName] = links[0]!;
        const asset = ctx.bundle[fileName!];
        if (asset?.type !== 'asset') throw new Error(`first-paint: ${fileName} is not in the build`);
        const css = String(asset.source).trim();
        if (css.includes('</style')) throw new Error('first-paint: the style sheet cannot be inlined');
        if (!INLINED_CSS.test(fileName!)) throw new Error(`first-paint: ${fileName} is not the app's sheet`);
        // A script the page itself loads (the route hints' one is `async`), to stand in for the sheet in the
        // preload lists (generateBundle); the sheet's file goes (the service worker's list is made later).
        const entry = /<script type="module" crossorigin src="\.\/assets\/([^"]+\.js)"><\/script>/.exec(
          html,
        )?.[1];
        if (!entry) throw new Error('first-paint: the page has no module script');
        delete ctx.bundle[fileName!];
        inlined = fileName!.slice('assets/'.length);
        entryScript = entry;
        html = html.replace(link, () => `<style>${css}</style>`);
        // The page's module scripts at low priority (see above).
        const tags = [...html.matchAll(/<script type="module"( async)? crossorigin src="[^"]+"><\/script>/g)];
        if (tags.length === 0) throw new Error('first-paint: the page has no module script');
        for (const [tag] of tags)
          html = html.replace(tag, () => tag.replace('<script ', '<script fetchpriority="low" '));
        const script = inlineScript(earlyLanguagePath);
        html = html.replace(EARLY_LANGUAGE_MARKER, () => `<script>${script}</script>`);
        return html
          .replace("script-src 'self'", () => `script-src 'self' ${cspHash(script)}`)
          .replace("style-src 'self'", () => `style-src 'self' ${cspHash(css)}`);
      },
    },
  };
}

/**
 * The dev server injects CSS as <style> elements and React Refresh as an inline script, which the page's strict
 * Content-Security-Policy forbids. Only while serving in development, allow inline styles and scripts; the built
 * app keeps the strict policy (tests/e2e/privacy.spec.ts checks it).
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

/** Fails the build (and the dev server) with every bad field when data/catalogue.json breaks the schema. */
function validateCatalogue(): Plugin {
  const check = () => parseCatalogue(JSON.parse(readFileSync(cataloguePath, 'utf8')));
  return {
    name: 'validate-catalogue',
    buildStart() {
      // Under vitest the catalogue tests do this check themselves, with a message per bad field.
      if (process.env.VITEST) return;
      check();
      this.addWatchFile(cataloguePath);
    },
    handleHotUpdate(ctx) {
      if (ctx.file === cataloguePath) check();
    },
  };
}

/** Unit tests that import the store, storage or i18n set-up, whose module state must not leak between files. */
const STATEFUL_UNIT_TESTS = ['tests/unit/{state,i18n,features}/**/*.test.{ts,tsx}'];
/** Component tests that replace a module (vi.mock): the replacement must not reach another file. */
const MOCKING_COMPONENT_TESTS = ['tests/component/{error-boundary,share-and-export}.test.tsx'];

export default defineConfig({
  // Relative base: the built app works from any sub-path of any static host.
  base: './',
  // The app's version, for the Source sheet of the Excel export; package.json itself stays out of the bundle.
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  plugins: [
    relaxCspForDevServer(),
    react(),
    validateCatalogue(),
    catalogueSummary(),
    catalogueLanguages(),
    routeHints(),
    firstPaint(),
    serviceWorker(fileURLToPath(new URL('./src/service-worker.js', import.meta.url))),
  ],
  build: {
    target: 'es2022',
    // Every browser the app supports (ES2022, import maps era) knows <link rel="modulepreload">.
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  preview: { port: 4173 },
  server: { port: 5173 },
  test: {
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // One time limit for every test, unit or component: three times what the slowest takes on a quiet 2-core
    // machine, so that the suite passes with another heavy process beside it. No test sets its own.
    testTimeout: 15_000,
    // Vitest leaves one core free by default, which on a 2-core machine means one test file at a time.
    maxWorkers: Math.max(2, availableParallelism()),
    // Worker threads start faster than child processes (a sixth off the run on 2 cores); the stateful unit tests
    // keep processes, because one of them changes process.env.TZ, which a thread cannot.
    pool: 'threads',
    projects: [
      {
        // Unit tests run in Node, which starts far faster than a simulated page; a test that needs a page (the
        // store and its storage, i18n set-up) says so with `// @vitest-environment jsdom` on its first line.
        extends: true,
        // The pure ones share their workers' module cache (no isolation), which saves re-importing zod and the
        // catalogue for every file; tests of the store, storage, i18n and features keep a fresh module graph.
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: STATEFUL_UNIT_TESTS,
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'unit-stateful', environment: 'node', include: STATEFUL_UNIT_TESTS, pool: 'forks' },
      },
      {
        // Component tests share their workers' module cache too (React, i18next, the store and the catalogue are
        // imported once per worker, not once per file): tests/setup.ts resets the store, storage and address after
        // every test, and every file sets its language before it starts.
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          exclude: MOCKING_COMPONENT_TESTS,
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'component-mocking', environment: 'jsdom', include: MOCKING_COMPONENT_TESTS },
      },
    ],
  },
});
