declare module 'virtual:catalogue-summary' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient module cannot use a top-level import
  export const summary: import('./domain/catalogue-summary').CatalogueSummary;
}

/** The version in package.json, filled in by Vite's `define` (vite.config.ts). */
declare const __APP_VERSION__: string;
