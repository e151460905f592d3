import type { Catalogue, Item, ItemId, MethodId, ScopeId, ScopeQuestion } from './catalogue-schema';
import type { Environment, ItemStatus } from './assessment';

/** How one catalogue item stands for one environment. */
export interface ScopedItem {
  item: Item;
  /** The scope question whose "no" answer makes the item 対象外, if any. */
  excludedBy: ScopeQuestion | null;
  /** The user put the item back in scope although the scope answer excludes it. */
  overridden: boolean;
  /** The status that counts: 対象外 when excluded by scope (and not overridden), else the recorded one. */
  status: ItemStatus;
  note: string;
  /**
   * The previous review's status, carried over and not yet confirmed in this one. While set, `status` is
   * 未回答: a carried-over answer never counts as this review's result.
   */
  carriedOver?: ItemStatus;
}

const priorityRank = { '◎': 0, '○': 1 } as const;

type MethodCache<T> = WeakMap<Catalogue, Map<MethodId, readonly T[]>>;

/**
 * Computes a method's list once per catalogue: the checklist asks for it on every status change (through
 * scopedItems and the progress), and a catalogue never changes once loaded. The list is frozen, so no caller
 * can change it under the others.
 */
function perMethod<T>(
  cache: MethodCache<T>,
  catalogue: Catalogue,
  method: MethodId,
  compute: () => T[],
): T[] {
  let byMethod = cache.get(catalogue);
  if (!byMethod) cache.set(catalogue, (byMethod = new Map()));
  let list = byMethod.get(method);
  if (!list) byMethod.set(method, (list = Object.freeze(compute())));
  return list as T[];
}

const itemsCache: MethodCache<Item> = new WeakMap();
const scopeQuestionsCache: MethodCache<ScopeQuestion> = new WeakMap();

/**
 * The items of a method, as the seed lists them in 第2部1: ◎ items first, then ○, each in catalogue order.
 */
export function itemsForMethod(catalogue: Catalogue, method: MethodId): Item[] {
  return perMethod(itemsCache, catalogue, method, () =>
    catalogue.items
      .map((item, index) => ({ item, index }))
      .filter(({ item }) => item.methods.includes(method))
      .sort((a, b) => priorityRank[a.item.priority] - priorityRank[b.item.priority] || a.index - b.index)
      .map(({ item }) => item),
  );
}

/**
 * The scope questions that matter for a method: those that can exclude at least one of its items, except those
 * the method itself already answers: the standalone methods (③/⑦) keep the data on the device by definition,
 * and only ①/⑤ (利用する/利用しないどちらも含む) leave open whether cloud services are used at all.
 */
export function scopeQuestionsForMethod(catalogue: Catalogue, method: MethodId): ScopeQuestion[] {
  return perMethod(scopeQuestionsCache, catalogue, method, () => {
    const ids = new Set(itemsForMethod(catalogue, method).map((i) => i.id));
    const m = catalogue.methods.find((x) => x.id === method);
    const keepsData = m?.dataOnDevice === 'stored';
    const cloudOpen = m?.cloud === 'optional';
    return catalogue.scopeQuestions.filter(
      (q) =>
        !(keepsData && q.id === 'data-on-device') &&
        !(!cloudOpen && q.id === 'cloud') &&
        q.excludes.some((id) => ids.has(id)),
    );
  });
}

/** Kinds of cloud service that have their own scope question: a "no" to cloud services answers them too. */
const CLOUD_KINDS: readonly ScopeId[] = ['webmail', 'online-meetings'];

/**
 * The scope answers after the user answered `scope`: a "no" to cloud services also answers "no" for web mail
 * and online meetings (kinds of cloud service) where those are not answered yet; nothing else changes.
 */
export function answerScopeQuestion(
  scope: Environment['scope'],
  id: ScopeId,
  uses: boolean | null,
): Environment['scope'] {
  const next = { ...scope };
  if (uses === null) delete next[id];
  else next[id] = uses;
  if (id === 'cloud' && uses === false) for (const k of CLOUD_KINDS) next[k] ??= false;
  return next;
}

/** The scope question that excludes an item for the environment's answers, or null. */
export function exclusionFor(
  catalogue: Catalogue,
  env: Pick<Environment, 'scope'>,
  itemId: ItemId,
): ScopeQuestion | null {
  return (
    catalogue.scopeQuestions.find((q) => env.scope[q.id] === false && q.excludes.includes(itemId)) ?? null
  );
}

/** Every item of the environment's method with its effective status; empty while no method is picked. */
export function scopedItems(catalogue: Catalogue, env: Environment): ScopedItem[] {
  if (env.method === null) return [];
  // An answer kept from an earlier method does not count for a question this method does not ask.
  const asked = new Set(scopeQuestionsForMethod(catalogue, env.method).map((q) => q.id));
  return itemsForMethod(catalogue, env.method).map((item) => {
    const found = exclusionFor(catalogue, env, item.id);
    const excludedBy = found && asked.has(found.id) ? found : null;
    const overridden = excludedBy !== null && env.overrides.includes(item.id);
    const answer = env.answers[item.id];
    const excluded = excludedBy !== null && !overridden;
    const carried = !excluded && answer?.carriedOver === true;
    const status: ItemStatus = excluded ? 'na' : carried ? 'unanswered' : (answer?.status ?? 'unanswered');
    const scoped: ScopedItem = { item, excludedBy, overridden, status, note: answer?.note ?? '' };
    if (carried) scoped.carriedOver = answer.status;
    return scoped;
  });
}

/** The items of a method that a scope question would take out of the checklist if the answer were no. */
export function itemsExcludedByQuestion(
  catalogue: Catalogue,
  method: MethodId,
  question: ScopeQuestion,
): ItemId[] {
  const own = new Set(itemsForMethod(catalogue, method).map((i) => i.id));
  return question.excludes.filter((id) => own.has(id));
}

/** The items a scope answer excludes, whether or not the user has put them back in scope. */
export function excludedItems(scoped: readonly ScopedItem[]): ScopedItem[] {
  return scoped.filter((s) => s.excludedBy !== null);
}

/** How many items the scope answers exclude, and how many of those stay excluded (not put back by the user). */
export function exclusionCounts(scoped: readonly ScopedItem[]): { excluded: number; inEffect: number } {
  const excluded = excludedItems(scoped);
  return { excluded: excluded.length, inEffect: excluded.filter((s) => !s.overridden).length };
}
