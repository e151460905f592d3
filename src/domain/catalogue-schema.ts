import { z } from 'zod';

/**
 * The catalogue schema. `data/catalogue.json` is parsed by this schema at build time and in the tests;
 * the types below are the only types the app has for catalogue data.
 */

/** A text shown to the user, in Japanese (the source of truth) and English. */
export const localizedText = z.object({
  ja: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof localizedText>;

export const methodIdSchema = z.number().int().min(1).max(8);
export type MethodId = z.infer<typeof methodIdSchema>;

export const itemIdSchema = z.string().regex(/^(10|[1-9])-[1-9]$/, 'item id must look like "1-1" … "10-3"');
export type ItemId = z.infer<typeof itemIdSchema>;

export const prioritySchema = z.enum(['◎', '○']);
export type Priority = z.infer<typeof prioritySchema>;

export const threatIdSchema = z.enum(['malware', 'unauthorized-access', 'theft-loss', 'eavesdropping']);
export type ThreatId = z.infer<typeof threatIdSchema>;

export const scopeIdSchema = z.enum(['webmail', 'online-meetings', 'smartphones', 'data-on-device', 'cloud']);
export type ScopeId = z.infer<typeof scopeIdSchema>;

const httpsUrl = z.url({ protocol: /^https$/ });

/** A block of rich text in the glossary's key-term notes. */
const block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: localizedText }),
  z.object({ type: z.literal('list'), items: z.array(localizedText).min(1) }),
  z.object({
    type: z.literal('table'),
    header: z.array(localizedText).min(1),
    rows: z.array(z.array(localizedText).min(1)).min(1),
  }),
]);
export type Block = z.infer<typeof block>;

/** A run of rich text under an optional heading. */
const section = z.object({ heading: localizedText.optional(), blocks: z.array(block).min(1) });

const method = z.object({
  id: methodIdSchema,
  /** e.g. 会社支給端末・VPN/リモートデスクトップ方式 */
  name: localizedText,
  device: z.enum(['company', 'personal']),
  /** How the work reaches the office network: VPN / remote desktop, a secure browser, or not at all. */
  officeConnection: z.enum(['vpn-rdp', 'secure-browser', 'none']),
  /** Whether cloud services are used: `optional` = 利用する/利用しないどちらも含む. */
  cloud: z.enum(['used', 'not-used', 'optional']),
  /** Whether company data is kept on the device; `stored-or-not-rdp` = stored, except that RDP may keep none. */
  dataOnDevice: z.enum(['stored', 'not-stored', 'either', 'stored-or-not-rdp']),
  /** The cells of the 第1部2 overview table, in the seed's wording. */
  table: z.object({
    officeConnection: localizedText,
    cloud: localizedText,
    dataOnDevice: localizedText,
    overview: localizedText,
  }),
  /** The per-method explanation of 第1部2: paragraphs, with the [VPN方式]/[リモートデスクトップ方式] patterns as headings. */
  explanation: z
    .array(z.object({ heading: localizedText.optional(), paragraphs: z.array(localizedText).min(1) }))
    .min(1),
});
export type Method = z.infer<typeof method>;

const threat = z.object({
  id: threatIdSchema,
  /** As the items name it (マルウェア感染, 不正アクセス, 盗難・紛失, 情報の盗聴). */
  name: localizedText,
  /** The 第1部3 heading (e.g. 端末の紛失・盗難). */
  heading: localizedText,
  /** The 第1部3 explanation, paragraph by paragraph. */
  explanation: z.array(localizedText).min(1),
});
export type Threat = z.infer<typeof threat>;

const category = z.object({ id: z.number().int().min(1).max(10), name: localizedText });
export type Category = z.infer<typeof category>;

const item = z.object({
  id: itemIdSchema,
  category: z.number().int().min(1).max(10),
  priority: prioritySchema,
  /** 対策内容 as in 第2部3; footnote markers (※1) stay inline, their texts are in `notes`. */
  text: localizedText,
  notes: z.array(z.object({ mark: z.string().regex(/^※\d+$/), text: localizedText })),
  threats: z.array(threatIdSchema).min(1),
  /** 想定脅威(詳細) */
  threatDetail: localizedText,
  /** 備考, when the seed has one. */
  remark: localizedText.nullable(),
  /** The methods (1–8) the item applies to: the ✓ of the 第2部3 matrix. */
  methods: z.array(methodIdSchema).min(1),
});
export type Item = z.infer<typeof item>;

const glossaryTerm = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  term: localizedText,
  /** The reading the seed gives in brackets, e.g. ぜいじゃくせい. */
  reading: z.string().optional(),
  definition: localizedText,
  /** Words that, found in an item's Japanese/English text, link to this entry. */
  matches: z.object({ ja: z.array(z.string().min(1)), en: z.array(z.string().min(1)) }),
});
export type GlossaryTerm = z.infer<typeof glossaryTerm>;

const keyTerm = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** e.g. 「MDM」について */
  title: localizedText,
  sections: z.array(section).min(1),
  matches: z.object({ ja: z.array(z.string().min(1)), en: z.array(z.string().min(1)) }),
});
export type KeyTerm = z.infer<typeof keyTerm>;

const reference = z.object({
  title: localizedText,
  publisher: localizedText,
  url: httpsUrl,
  description: localizedText,
});

/** 0.はじめに and the back page: what the guide is for, whom it is for, and whom to ask. */
const about = z.object({
  /** Paragraphs of 0.はじめに, verbatim; headings without their (1)…(4) numbers. */
  sections: z.array(section).min(1),
  contact: z.object({
    heading: localizedText,
    organisation: localizedText,
    /** As the seed prints it, with × for @ against spam; never a mailto link. */
    email: z.string().regex(/^[^\s@×]+×[^\s@×]+$/, "the contact e-mail keeps the seed's × instead of @"),
    emailNote: localizedText,
    url: httpsUrl,
  }),
  /** The 商標 note of the cover page. */
  trademarks: localizedText,
});
export type About = z.infer<typeof about>;

export const caveatIdSchema = z.enum(['basic-minimum', 'outside-telework']);
export type CaveatId = z.infer<typeof caveatIdSchema>;

/** What a result does not say: shown wherever a result is shown. */
const caveat = z.object({
  id: caveatIdSchema,
  /** One plain-language line for a results screen. */
  lead: localizedText,
  /** The seed's own sentences the lead rests on, verbatim. */
  quote: z.array(localizedText).min(1),
  /** The seed heading the quote is under. */
  section: localizedText,
});
export type Caveat = z.infer<typeof caveat>;

/** How the guide's 8 methods relate to the Telework Security Guidelines (第1部2, footnote ²). */
const guideScope = z.object({
  intro: localizedText,
  differences: z
    .array(
      z.object({
        id: z.enum([
          'vdi-secure-container-excluded',
          'device-owner-split',
          'vpn-rdp-merged',
          'cloud-folded-in',
        ]),
        text: localizedText,
      }),
    )
    .length(4),
  /** A plain-language line for users of the methods the guide leaves out (VDI, secure containers). */
  outOfScope: localizedText,
  /** Where those users should look instead: one of the 参考2 references. */
  guideline: z.object({ title: localizedText, url: httpsUrl }),
  /** ④/⑧ never show some items; a user who also keeps data on the device has a second environment to check. */
  secureBrowserNote: z.object({
    methods: z.array(methodIdSchema).min(1),
    /** The items the secure-browser checklists leave out (see itemsOnlyWithDataOnDevice). */
    items: z.array(itemIdSchema).min(1),
    text: localizedText,
    /** The seed's sentence the note applies (第1部1: check each environment separately). */
    basis: localizedText,
  }),
});
export type GuideScope = z.infer<typeof guideScope>;

const flowNext = z.union([z.object({ question: z.string().min(1) }), z.object({ method: methodIdSchema })]);
export type FlowNext = z.infer<typeof flowNext>;

const flowOption = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: localizedText,
  /** A few words for the flowchart diagram (e.g. 会社支給); the diagram falls back to `label`. */
  short: localizedText.optional(),
  help: localizedText.optional(),
  examples: z.array(localizedText).optional(),
  next: flowNext,
});
export type FlowOption = z.infer<typeof flowOption>;

const flowQuestion = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  text: localizedText,
  /** A few words for the flowchart diagram (e.g. オフィスネットワークへの接続は？); the diagram falls back to `text`. */
  short: localizedText.optional(),
  help: z.array(localizedText),
  /** Glossary ids whose explanation the step shows. */
  glossary: z.array(z.string()),
  options: z.array(flowOption).min(2),
});
export type FlowQuestion = z.infer<typeof flowQuestion>;

const scopeQuestion = z.object({
  id: scopeIdSchema,
  /** Asked in the plain form "Do you …?"; answering "no" makes `excludes` 対象外. */
  text: localizedText,
  help: localizedText,
  /** Items that do not apply when the answer is "no". */
  excludes: z.array(itemIdSchema).min(1),
  /** The official reason shown on each excluded item (the seed's wording). */
  reason: localizedText,
});
export type ScopeQuestion = z.infer<typeof scopeQuestion>;

const baseCatalogue = z.object({
  version: z.string().regex(/^\d{4}\.\d{2}\.\d+$/, 'catalogue version must look like 2021.05.1'),
  source: z.object({
    title: localizedText,
    edition: localizedText,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    publisher: localizedText,
    url: httpsUrl,
    revisions: z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), text: localizedText })),
    licence: localizedText,
  }),
  about,
  caveats: z.array(caveat).length(2),
  guideScope,
  priorities: z
    .array(z.object({ id: prioritySchema, label: localizedText, description: z.array(localizedText).min(1) }))
    .length(2),
  methods: z.array(method).length(8),
  threats: z.array(threat).length(4),
  categories: z.array(category).length(10),
  items: z.array(item).min(1),
  glossary: z.array(glossaryTerm).min(1),
  keyTerms: z.array(keyTerm).min(1),
  references: z.array(reference).min(1),
  settingGuides: z.object({
    intro: localizedText,
    products: z.array(localizedText).min(1),
    url: httpsUrl,
    disclaimer: localizedText,
  }),
  flowchart: z.object({ start: z.string(), questions: z.array(flowQuestion).min(1) }),
  scopeQuestions: z.array(scopeQuestion),
});

function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const dupes = new Set<T>();
  for (const v of values) (seen.has(v) ? dupes : seen).add(v);
  return [...dupes];
}

/** The catalogue with every cross-reference checked. */
export const catalogueSchema = baseCatalogue.superRefine((cat, ctx) => {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });

  for (const [key, ids] of [
    ['methods', cat.methods.map((m) => m.id)],
    ['threats', cat.threats.map((t) => t.id)],
    ['categories', cat.categories.map((c) => c.id)],
    ['items', cat.items.map((i) => i.id)],
    ['glossary', cat.glossary.map((g) => g.id)],
    ['keyTerms', cat.keyTerms.map((k) => k.id)],
    ['flowchart', cat.flowchart.questions.map((q) => q.id)],
    ['scopeQuestions', cat.scopeQuestions.map((s) => s.id)],
    ['caveats', cat.caveats.map((c) => c.id)],
    ['guideScope', cat.guideScope.differences.map((d) => d.id)],
  ] as const) {
    for (const d of duplicates<string | number>(ids)) issue([key], `duplicate id ${String(d)}`);
  }

  const categoryIds = new Set(cat.categories.map((c) => c.id));
  const itemIds = new Set(cat.items.map((i) => i.id));
  cat.items.forEach((it, i) => {
    if (!categoryIds.has(it.category)) issue(['items', i, 'category'], `unknown category ${it.category}`);
    if (Number(it.id.split('-')[0]) !== it.category)
      issue(['items', i, 'category'], `item ${it.id} is numbered in category ${it.id.split('-')[0]}`);
    for (const d of duplicates(it.methods)) issue(['items', i, 'methods'], `method ${d} listed twice`);
    for (const d of duplicates(it.threats)) issue(['items', i, 'threats'], `threat ${d} listed twice`);
    for (const note of it.notes) {
      if (!it.text.ja.includes(note.mark))
        issue(['items', i, 'notes'], `note ${note.mark} is not referenced in the text`);
    }
  });

  const questionIds = new Set(cat.flowchart.questions.map((q) => q.id));
  if (!questionIds.has(cat.flowchart.start))
    issue(['flowchart', 'start'], `unknown question ${cat.flowchart.start}`);
  cat.flowchart.questions.forEach((q, qi) => {
    for (const d of duplicates(q.options.map((o) => o.id)))
      issue(['flowchart', 'questions', qi, 'options'], `duplicate option ${d}`);
    q.options.forEach((o, oi) => {
      if ('question' in o.next && !questionIds.has(o.next.question))
        issue(['flowchart', 'questions', qi, 'options', oi, 'next'], `unknown question ${o.next.question}`);
    });
  });
  // Every path must end in a method (no cycles) and every method must be reachable.
  const reached = new Set<number>();
  const visit = (id: string, trail: string[]) => {
    if (trail.includes(id)) {
      issue(['flowchart'], `cycle through ${[...trail, id].join(' → ')}`);
      return;
    }
    const q = cat.flowchart.questions.find((x) => x.id === id);
    if (!q) return;
    for (const o of q.options) {
      if ('method' in o.next) reached.add(o.next.method);
      else visit(o.next.question, [...trail, id]);
    }
  };
  visit(cat.flowchart.start, []);
  for (const m of cat.methods)
    if (!reached.has(m.id)) issue(['flowchart'], `method ${m.id} cannot be reached`);

  cat.scopeQuestions.forEach((s, si) =>
    s.excludes.forEach((id, ei) => {
      if (!itemIds.has(id)) issue(['scopeQuestions', si, 'excludes', ei], `unknown item ${id}`);
    }),
  );
  if (
    !cat.references.some(
      (r) => r.url === cat.guideScope.guideline.url && r.title.ja === cat.guideScope.guideline.title.ja,
    )
  )
    issue(['guideScope', 'guideline'], 'the guideline must be one of the references');
  const note = cat.guideScope.secureBrowserNote;
  note.methods.forEach((id, mi) => {
    if (cat.methods.find((m) => m.id === id)?.officeConnection !== 'secure-browser')
      issue(
        ['guideScope', 'secureBrowserNote', 'methods', mi],
        `method ${id} is not a secure-browser method`,
      );
  });
  note.items.forEach((id, ii) => {
    if (!itemIds.has(id)) issue(['guideScope', 'secureBrowserNote', 'items', ii], `unknown item ${id}`);
  });

  const glossaryIds = new Set([...cat.glossary.map((g) => g.id), ...cat.keyTerms.map((k) => k.id)]);
  cat.flowchart.questions.forEach((q, qi) =>
    q.glossary.forEach((g, gi) => {
      if (!glossaryIds.has(g))
        issue(['flowchart', 'questions', qi, 'glossary', gi], `unknown glossary entry ${g}`);
    }),
  );
});

export type Catalogue = z.infer<typeof catalogueSchema>;

/** Parses raw catalogue data; throws one error listing every bad field. */
export function parseCatalogue(raw: unknown): Catalogue {
  const result = catalogueSchema.safeParse(raw);
  if (!result.success) throw new Error(`The catalogue is invalid:\n${z.prettifyError(result.error)}`);
  return result.data;
}
