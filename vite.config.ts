/// <reference types="vitest/config" />
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
    serviceWorker(fileURLToPath(new URL('./src/service-worker.js', import.meta.url))),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: { port: 4173 },
  server: { port: 5173 },
  test: {
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    projects: [
      {
        // Unit tests run in Node, which starts far faster than a simulated page; a test that needs a page (the
        // store and its storage, i18n set-up) says so with `// @vitest-environment jsdom` on its first line.
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.{ts,tsx}'] },
      },
      {
        extends: true,
        test: { name: 'component', environment: 'jsdom', include: ['tests/component/**/*.test.{ts,tsx}'] },
      },
    ],
  },
});
