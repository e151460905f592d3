/**
 * zod compiles faster object parsers with `new Function` when the page allows it, and probes for that once.
 * This app's Content-Security-Policy forbids eval, so the probe always fails, yet the browser still reports it
 * as a policy violation. zod's `jitless` setting skips the probe (zod then uses the parsers it would use here
 * anyway). zod reads its settings from `globalThis.__zod_globalConfig`, the object `z.config()` writes to;
 * setting it here, in the first module main.tsx imports, applies before any schema is built and keeps zod out of
 * the first screen's download. tests/e2e/privacy.spec.ts fails if a zod upgrade brings the report back.
 */
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };

export {};
