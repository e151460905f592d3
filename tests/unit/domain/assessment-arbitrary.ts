import fc from 'fast-check';
import { scopeIdSchema, type Catalogue } from '../../../src/domain/catalogue-schema';
import {
  ITEM_STATUSES,
  NAME_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  type Assessment,
  type Environment,
  type ItemAnswer,
} from '../../../src/domain/assessment';

/**
 * fast-check arbitraries for any valid assessment over a catalogue's ids: every status, notes with
 * Japanese, HTML and formula-like text, scope answers, overrides (also on items outside the method),
 * flowchart paths and timestamps anywhere in the safe-integer range.
 */

/** Text as people type it (well-formed Unicode), with the characters that need care in links, JSON and CSV. */
export function userText(maxLength: number): fc.Arbitrary<string> {
  const tricky = fc.constantFrom(
    '社用ノートPC',
    '「のぞき見防止フィルタ」は未配布',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '=HYPERLINK("http://example.com")',
    '+SUM(A1)',
    '-1',
    '@cmd',
    '\t=1+1',
    '\r\n',
    '"quoted", with comma',
    '__proto__',
    '🙂 絵文字',
    '',
  );
  return fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
        { weight: 1, arbitrary: tricky },
      ),
      {
        maxLength: 4,
      },
    )
    .map((parts) => parts.join(' ').slice(0, maxLength))
    .filter((s) => s.length <= maxLength && !/[\uD800-\uDFFF]$/.test(s));
}

const timestamp = fc.maxSafeNat();
const id = fc.stringMatching(/^[a-z0-9]{1,12}$/);

export function environmentArbitrary(catalogue: Catalogue): fc.Arbitrary<Environment> {
  const itemIds = catalogue.items.map((i) => i.id);
  const steps = catalogue.flowchart.questions.flatMap((q) =>
    q.options.map((o) => ({ question: q.id, option: o.id })),
  );
  const answer: fc.Arbitrary<ItemAnswer> = fc.record({
    status: fc.constantFrom(...ITEM_STATUSES),
    note: fc.oneof(
      { weight: 4, arbitrary: fc.constant('') },
      { weight: 3, arbitrary: userText(NOTE_MAX_LENGTH) },
    ),
    updatedAt: timestamp,
  });
  return fc.record({
    id,
    name: userText(NAME_MAX_LENGTH),
    method: fc.option(fc.constantFrom(...catalogue.methods.map((m) => m.id)), { nil: null }),
    path: fc.array(fc.constantFrom(...steps), { maxLength: 3 }),
    scope: fc.record(Object.fromEntries(scopeIdSchema.options.map((s) => [s, fc.boolean()])), {
      requiredKeys: [],
    }),
    overrides: fc.uniqueArray(fc.constantFrom(...itemIds), { maxLength: 10 }),
    answers: fc
      .uniqueArray(fc.constantFrom(...itemIds), { maxLength: itemIds.length })
      .chain((ids) => fc.tuple(...ids.map((i) => fc.tuple(fc.constant(i), answer))))
      .map((entries) => Object.fromEntries(entries)),
    createdAt: timestamp,
    updatedAt: timestamp,
  });
}

export function assessmentArbitrary(
  catalogue: Catalogue,
  { maxEnvironments = 4 } = {},
): fc.Arbitrary<Assessment> {
  return fc.record({
    id,
    name: userText(NAME_MAX_LENGTH),
    organisation: userText(NAME_MAX_LENGTH),
    assessor: userText(NAME_MAX_LENGTH),
    catalogueVersion: fc.constant(catalogue.version),
    environments: fc.uniqueArray(environmentArbitrary(catalogue), {
      maxLength: maxEnvironments,
      selector: (e) => e.id,
    }),
    createdAt: timestamp,
    updatedAt: timestamp,
  });
}
