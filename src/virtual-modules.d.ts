declare module 'virtual:catalogue-summary' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient module cannot use a top-level import
  export const summary: import('./domain/catalogue-summary').CatalogueSummary;
}

/** The version in package.json, filled in by Vite's `define` (vite.config.ts). */
declare const __APP_VERSION__: string;

/** The catalogue without its texts (see domain/catalogue-languages.ts and the plugin in vite.config.ts). */
declare module 'virtual:catalogue-structure' {
  const structure: unknown;
  export default structure;
}

/** One language's catalogue texts, in the order domain/catalogue-languages.ts walks the structure. */
declare module 'virtual:catalogue-texts/*' {
  const texts: readonly unknown[];
  export default texts;
}
