/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { parseCatalogue } from './src/domain/catalogue-schema';

const cataloguePath = fileURLToPath(new URL('./data/catalogue.json', import.meta.url));

/** Fails the build (and the dev server) with every bad field when data/catalogue.json breaks the schema. */
function validateCatalogue(): Plugin {
  const check = () => parseCatalogue(JSON.parse(readFileSync(cataloguePath, 'utf8')));
  return {
    name: 'validate-catalogue',
    buildStart() {
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
  plugins: [react(), validateCatalogue()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: { port: 4173 },
  server: { port: 5173 },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
