import type { i18n as I18n } from 'i18next';

/** Past this many remembered texts (notes' character counters make new ones on every key press), start over. */
const MAX_ENTRIES = 5000;

const wrapped = new WeakSet<I18n>();

/** Options whose JSON text says all there is to them: strings, numbers, booleans, null, and arrays of those. */
function describable(options: unknown): options is Record<string, unknown> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return false;
  return Object.values(options).every(
    (v) =>
      v === null ||
      v === undefined ||
      ['string', 'number', 'boolean'].includes(typeof v) ||
      (Array.isArray(v) && v.every((x) => typeof x === 'string')),
  );
}

/**
 * i18next's `t` resolves every call afresh (splits the key, looks it up through the fallback languages,
 * interpolates): 10–25 µs a call, and a screen such as the checklist calls it a few hundred times when one
 * status changes. This remembers each result by language, key and options, and forgets them all whenever the
 * language changes or texts are added or removed, so a result is always what `t` itself would return.
 * Calls with anything that JSON cannot describe (functions, objects) go straight to i18next.
 */
export function cacheTranslations(instance: I18n): void {
  if (wrapped.has(instance)) return;
  wrapped.add(instance);
  const original = instance.t;
  const cache = new Map<string, unknown>();
  const forget = () => cache.clear();
  instance.on('languageChanged', forget);
  instance.on('loaded', forget);
  instance.store.on('added', forget);
  instance.store.on('removed', forget);

  const cached = (key: unknown, options?: unknown, ...rest: unknown[]): unknown => {
    const call = original as unknown as (...args: unknown[]) => unknown;
    if (rest.length > 0 || typeof key !== 'string' || (options !== undefined && !describable(options))) {
      return call(key, options, ...rest);
    }
    const id = `${instance.language}\u0000${key}\u0000${options === undefined ? '' : JSON.stringify(options)}`;
    if (cache.has(id)) return cache.get(id);
    const value = call(key, options);
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(id, value);
    return value;
  };
  instance.t = cached as unknown as I18n['t'];
}
