import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCatalogue, type Catalogue, type Priority } from '../../../src/domain/catalogue-schema';
import { itemsOnlyWithDataOnDevice } from '../../../src/domain/secure-browser-gaps';

/**
 * Checks data/catalogue.json against the source of truth itself: the MIC checklist text, kept in the
 * repository under data/source/ (see its README), parsed here, never a copy of the catalogue's assumptions.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SOURCE_PATH = path.resolve(repoRoot, 'data/source/mic-telework-checklist-2nd-edition.txt');
/** The team's seed beside the repository, where it exists: the copy in data/source must be identical. */
const TEAM_SEED_PATH = path.resolve(repoRoot, '../shared/seeds/001_73f39b5c7204c3a9.txt');
const CATALOGUE_PATH = path.resolve(repoRoot, 'data/catalogue.json');

const seed = readFileSync(SOURCE_PATH, 'utf8');
const seedLines = seed.split(/\r?\n/);
const rawCatalogue: unknown = JSON.parse(readFileSync(CATALOGUE_PATH, 'utf8'));
const catalogue = parseCatalogue(rawCatalogue);

const CIRCLED = '①②③④⑤⑥⑦⑧';
const ITEM_ROW = /^((?:10|[1-9])-[1-9])\t/;

// ---------------------------------------------------------------------------------------------------
// Parsing the seed

/** Index of the line whose trimmed text is exactly `text` (table-of-contents lines carry a page number). */
function lineIndex(text: string, from = 0): number {
  const i = seedLines.findIndex((l, k) => k >= from && l.trim() === text);
  if (i < 0) throw new Error(`seed line not found: ${text}`);
  return i;
}

interface ListEntry {
  id: string;
  priority: Priority;
  category: string;
  threats: string[];
}

/** The 8 per-method lists of 第2部1, each in the seed's order, with the ◎/○ sub-heading each row is under. */
function parsePerMethodLists(): Map<number, ListEntry[]> {
  const start = lineIndex('第2部1. セキュリティ対策チェックリスト');
  const end = lineIndex('第2部2. チェックリストの設定例一覧', start);
  const lists = new Map<number, ListEntry[]>();
  let method: number | null = null;
  let priority: Priority | null = null;
  for (let i = start + 1; i < end; i++) {
    const line = seedLines[i] ?? '';
    const heading = /^方式([①-⑧])\s/.exec(line.trim());
    if (heading) {
      method = CIRCLED.indexOf(heading[1] ?? '') + 1;
      priority = null;
      lists.set(method, []);
      continue;
    }
    if (line.trim() === '優先度：◎の事項') priority = '◎';
    else if (line.trim() === '優先度：○の事項') priority = '○';
    const row = ITEM_ROW.exec(line);
    if (!row || method === null) continue;
    if (priority === null)
      throw new Error(`row ${row[1]} of method ${method} is not under a priority heading`);
    // Columns: No. / 分類 / 対策内容 / 想定脅威 (some rows of method ⑧ have an extra ✓ column, ignored).
    const cells = line.split('\t');
    lists.get(method)?.push({
      id: row[1] ?? '',
      priority,
      category: (cells[1] ?? '').trim(),
      threats: (cells[3] ?? '').trim().split(/\s+/),
    });
  }
  return lists;
}

interface MatrixRow {
  id: string;
  category: string;
  text: string;
  threats: string[];
  threatDetail: string;
  priority: string;
  remark: string;
  methods: number[];
}

/** The 第2部3 table: the rows between its header row and 参考1. Only the first 8 method cells count. */
function parseMatrix(): MatrixRow[] {
  const header = seedLines.findIndex((l) => l.startsWith('No.\t分類\t対策内容\t想定脅威 (概要)'));
  if (header < 0) throw new Error('第2部3 header row not found');
  const end = lineIndex('参考1 用語集（キーワード解説）', header);
  const rows: MatrixRow[] = [];
  for (let i = header + 1; i < end; i++) {
    const line = seedLines[i] ?? '';
    if (!ITEM_ROW.test(line)) continue;
    const c = line.split('\t');
    const methodCells = c.slice(7, 15);
    if (methodCells.length !== 8 || methodCells.some((x) => x !== '✓' && x !== '×'))
      throw new Error(`row ${c[0]} has no 8 ✓/× cells: ${methodCells.join(',')}`);
    rows.push({
      id: c[0] ?? '',
      category: (c[1] ?? '').trim(),
      text: c[2] ?? '',
      threats: (c[3] ?? '').trim().split(/\s+/),
      threatDetail: c[4] ?? '',
      priority: (c[5] ?? '').trim(),
      remark: (c[6] ?? '').trim(),
      methods: methodCells.flatMap((x, k) => (x === '✓' ? [k + 1] : [])),
    });
  }
  return rows;
}

const lists = parsePerMethodLists();
const matrix = parseMatrix();

// ---------------------------------------------------------------------------------------------------
// Comparing

/**
 * The seed's text with its extraction artefacts removed: `^{※N}` becomes `※N`, and whitespace next to a
 * non-ASCII character (PDF line breaks inside Japanese text) goes. Nothing else is changed.
 */
function normalise(s: string): string {
  return s
    .replace(/\^\{(※\d+)\}/g, '$1')
    .replace(/\s+(?=\P{ASCII})|(?<=\P{ASCII})\s+/gu, '')
    .trim();
}

/** An item's Japanese text and footnotes, joined the way the seed prints them. */
function printedText(item: Catalogue['items'][number]): string {
  return [item.text.ja, ...item.notes.map((n) => `${n.mark} ${n.text.ja}`)].join(' ');
}

const sameSet = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Every way the catalogue's items differ from the seed's 第2部1 lists and 第2部3 table; empty when they agree. */
function compareItemsWithSeed(cat: Catalogue): string[] {
  const problems: string[] = [];
  const ids = cat.items.map((i) => i.id);
  const seedIds = matrix.map((r) => r.id);
  if (ids.join() !== seedIds.join())
    problems.push(`item ids/order: catalogue ${ids.join(' ')} ≠ seed ${seedIds.join(' ')}`);

  const threatIdByName = new Map(cat.threats.map((t) => [t.name.ja, t.id]));
  const categoryName = new Map(cat.categories.map((c) => [c.id, c.name.ja]));

  for (const row of matrix) {
    const item = cat.items.find((i) => i.id === row.id);
    if (!item) {
      problems.push(`${row.id}: missing from the catalogue`);
      continue;
    }
    const at = `${row.id}:`;
    if (item.priority !== row.priority)
      problems.push(`${at} priority ${item.priority} ≠ 第2部3 ${row.priority}`);
    if (!sameSet(item.methods, row.methods))
      problems.push(`${at} methods ${item.methods.join(',')} ≠ 第2部3 ✓ ${row.methods.join(',')}`);
    const listed: number[] = [];
    for (const [method, entries] of lists) {
      const entry = entries.find((e) => e.id === row.id);
      if (!entry) continue;
      listed.push(method);
      if (entry.priority !== item.priority)
        problems.push(`${at} priority ${item.priority} ≠ ${entry.priority} in the list of method ${method}`);
      if (entry.category !== row.category)
        problems.push(`${at} category differs in the list of method ${method}`);
    }
    if (!sameSet(item.methods, listed))
      problems.push(`${at} methods ${item.methods.join(',')} ≠ per-method lists ${listed.join(',')}`);
    if (categoryName.get(item.category) !== row.category)
      problems.push(`${at} category ${categoryName.get(item.category) ?? item.category} ≠ ${row.category}`);
    const seedThreats = row.threats.map((name) => threatIdByName.get(name) ?? `unknown threat ${name}`);
    if (item.threats.join() !== seedThreats.join())
      problems.push(`${at} threats ${item.threats.join(',')} ≠ ${seedThreats.join(',')}`);
    if (normalise(item.remark?.ja ?? '') !== normalise(row.remark))
      problems.push(`${at} remark "${item.remark?.ja ?? ''}" ≠ "${row.remark}"`);
    if (normalise(item.threatDetail.ja) !== normalise(row.threatDetail))
      problems.push(`${at} threatDetail differs`);
    if (normalise(printedText(item)) !== normalise(row.text))
      problems.push(
        `${at} text differs:\n  catalogue ${normalise(printedText(item))}\n  seed      ${normalise(row.text)}`,
      );
  }

  // Within each method's list: the seed's order, which puts every ◎ item before every ○ item.
  for (const [method, entries] of lists) {
    const expected = entries.map((e) => e.id);
    const ours = cat.items
      .filter((i) => i.methods.includes(method))
      .sort((a, b) => Number(a.priority === '○') - Number(b.priority === '○'))
      .map((i) => i.id);
    if (ours.join() !== expected.join())
      problems.push(`method ${method}: ◎-then-○ order ${ours.join(' ')} ≠ seed list ${expected.join(' ')}`);
  }
  return problems;
}

/** Whitespace-insensitive form for substring checks of longer texts. */
const squash = (s: string) => s.replace(/\s+/g, '');
const squashedSeed = squash(seed);
/**
 * The app cannot show the seed's figures, so the two texts that point at one (「本事例」, 「下図」) carry
 * FIGURE_MARK right after the pointer. The mark is dropped there, and only there, before comparing.
 */
const FIGURE_MARK = '（原本の図を参照）';
const withoutFigureMark = (s: string) => s.replace(/(本事例|下図)（原本の図を参照）/g, '$1');
const inSeed = (s: string) => squashedSeed.includes(squash(withoutFigureMark(s)));

// ---------------------------------------------------------------------------------------------------

describe('the source document', () => {
  it("is the text whose SHA-256 data/source/README.md records, and the same as the team's seed where that exists", () => {
    const readme = readFileSync(path.resolve(repoRoot, 'data/source/README.md'), 'utf8');
    const recorded = /SHA-256 `([0-9a-f]{64})`/.exec(readme)?.[1];
    expect(recorded, 'data/source/README.md records the SHA-256 of the text').toMatch(/^[0-9a-f]{64}$/);
    expect(createHash('sha256').update(readFileSync(SOURCE_PATH)).digest('hex')).toBe(recorded);
    // The team's seed beside the repository, where it exists, must be the same text (nothing requires it).
    if (existsSync(TEAM_SEED_PATH)) expect(readFileSync(TEAM_SEED_PATH, 'utf8') === seed).toBe(true);
  });
});

describe('the seed parser', () => {
  it('finds the 8 per-method lists of 第2部1, each with ◎ and ○ rows', () => {
    expect([...lists.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const entries of lists.values()) {
      expect(entries.some((e) => e.priority === '◎')).toBe(true);
      expect(entries.some((e) => e.priority === '○')).toBe(true);
    }
  });

  it('puts every ◎ row before every ○ row in each list, as the seed prints them', () => {
    for (const entries of lists.values()) {
      const firstMid = entries.findIndex((e) => e.priority === '○');
      expect(entries.slice(firstMid).every((e) => e.priority === '○')).toBe(true);
    }
  });

  it('reads the 32 rows of the 第2部3 table with 8 method cells each', () => {
    expect(matrix).toHaveLength(32);
    expect(matrix.find((r) => r.id === '5-4')?.methods).toEqual([1, 5]);
    expect(matrix.find((r) => r.id === '9-3')?.methods).toEqual([1, 2, 3, 4]);
  });
});

describe('the catalogue items', () => {
  it('agree with the seed in ids, order, priority, methods, category, threats, remark, threat detail and text', () => {
    expect(compareItemsWithSeed(catalogue)).toEqual([]);
  });

  it('have the same priority in 第2部3 and in every per-method list that contains them', () => {
    for (const row of matrix)
      for (const entries of lists.values())
        for (const e of entries.filter((x) => x.id === row.id)) expect(e.priority, row.id).toBe(row.priority);
  });

  it('apply to exactly the methods whose 第2部1 list contains them', () => {
    for (const item of catalogue.items) {
      const listed = [...lists]
        .filter(([, entries]) => entries.some((e) => e.id === item.id))
        .map(([m]) => m);
      expect(item.methods, item.id).toEqual(listed);
    }
  });

  it('keep footnote markers inline as ※N, with each footnote text in notes', () => {
    const all = catalogue.items.flatMap((i) => [i.text.ja, i.text.en, ...i.notes.map((n) => n.text.ja)]);
    expect(all.filter((t) => t.includes('^{'))).toEqual([]);
    expect(catalogue.items.flatMap((i) => i.notes.map((n) => `${i.id}${n.mark}`))).toEqual([
      '1-2※1',
      '2-1※2',
      '8-2※3',
      '8-3※4',
      '8-3※5',
      '8-4※6',
    ]);
    for (const item of catalogue.items)
      for (const note of item.notes) expect(item.text.en, `${item.id} ${note.mark}`).toContain(note.mark);
  });
});

describe('the item checker', () => {
  const mutated = (mutate: (c: Catalogue) => void) => {
    const copy = structuredClone(catalogue);
    mutate(copy);
    return compareItemsWithSeed(copy);
  };
  const item = (c: Catalogue, id: string) => {
    const found = c.items.find((i) => i.id === id);
    if (!found) throw new Error(`no item ${id}`);
    return found;
  };

  it.each<[string, (c: Catalogue) => void, RegExp]>([
    ['a ✓ turned into ×', (c) => void (item(c, '2-2').methods = [1, 2, 4, 5, 6]), /2-2: methods/],
    ['a × turned into ✓', (c) => void item(c, '5-4').methods.push(2), /5-4: methods/],
    ['a ◎ turned into ○', (c) => void (item(c, '1-1').priority = '○'), /1-1: priority/],
    ['a ○ turned into ◎', (c) => void (item(c, '10-3').priority = '◎'), /10-3: priority/],
    [
      'a word changed in the text',
      (c) => void (item(c, '4-1').text.ja = item(c, '4-1').text.ja.replace('離席時', '退席時')),
      /4-1: text/,
    ],
    [
      'the typo of 9-4 corrected',
      (c) => void (item(c, '9-4').text.ja = item(c, '9-4').text.ja.replace('とように', 'ように')),
      /9-4: text/,
    ],
    [
      'a footnote text changed',
      (c) => void (item(c, '8-3').notes[1]!.text.ja = 'iOS製品は対応不要'),
      /8-3: text/,
    ],
    ['a threat removed', (c) => void item(c, '7-1').threats.pop(), /7-1: threats/],
    ['a remark dropped', (c) => void (item(c, '8-1').remark = null), /8-1: remark/],
    ['a threat detail changed', (c) => void (item(c, '3-2').threatDetail.ja += '。'), /3-2: threatDetail/],
    ['an item moved to another category', (c) => void (item(c, '6-2').category = 5), /6-2: category/],
    ['two items swapped', (c) => void c.items.splice(0, 2, c.items[1]!, c.items[0]!), /item ids\/order/],
    ['an item dropped', (c) => void c.items.splice(5, 1), /3-1: missing/],
  ])('reports %s', (_label, mutate, expected) => {
    const problems = mutated(mutate);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(expected);
  });

  it('ignores only extraction whitespace, not punctuation', () => {
    expect(normalise('MDM ^{※3} 等を導入し')).toBe('MDM※3等を導入し');
    expect(normalise('Windows Defender を')).toBe('Windows Defenderを');
    expect(normalise('対策。 テレワーク')).not.toBe(normalise('対策 テレワーク'));
  });
});

describe('the rest of the catalogue comes from the seed', () => {
  it('names the methods as the 第2部1 headings do, with the 第1部2 table cells', () => {
    for (const m of catalogue.methods) {
      const mark = CIRCLED[m.id - 1];
      expect(
        seedLines.some((l) => l.trim() === `方式${mark} ${m.name.ja}`),
        m.name.ja,
      ).toBe(true);
      const tableHeader = seedLines.findIndex((l) => l.startsWith('方式\tオフィスネットワークへの接続方式'));
      const row = seedLines.find(
        (l, i) => i > tableHeader && l.startsWith(`方式${mark} `) && l.includes('\t'),
      );
      expect(row, `table row of method ${m.id}`).toBeDefined();
      const rowText = squash(row ?? '');
      expect(rowText.startsWith(squash(`方式${mark}${m.name.ja}`))).toBe(true);
      for (const cell of Object.values(m.table)) expect(rowText, cell.ja).toContain(squash(cell.ja));
      for (const section of m.explanation)
        for (const p of section.paragraphs) expect(inSeed(p.ja), p.ja).toBe(true);
    }
  });

  it('describes the methods consistently with the 第1部2 table', () => {
    const byId = new Map(catalogue.methods.map((m) => [m.id, m]));
    expect([1, 2, 3, 4].map((id) => byId.get(id)?.device)).toEqual(Array(4).fill('company'));
    expect([5, 6, 7, 8].map((id) => byId.get(id)?.device)).toEqual(Array(4).fill('personal'));
    const conn = {
      'vpn-rdp': 'VPN、リモートデスクトップ等',
      'secure-browser': 'セキュアブラウザ',
      none: '接続しない',
    };
    const cloud = { optional: '利用する/利用しないどちらも含む', used: '利用する', 'not-used': '利用しない' };
    for (const m of catalogue.methods) {
      expect(m.table.officeConnection.ja).toBe(conn[m.officeConnection]);
      expect(m.table.cloud.ja).toBe(cloud[m.cloud]);
    }
  });

  it("labels the flowchart's VPN/remote-desktop options with the seed's 「VPN、リモートデスクトップ等」, 等 included", () => {
    const vpnRdp = new Set(
      catalogue.methods.filter((m) => m.officeConnection === 'vpn-rdp').map((m) => m.id),
    );
    const options = catalogue.flowchart.questions.flatMap((q) =>
      q.options.filter((o) => 'method' in o.next && vpnRdp.has(o.next.method)),
    );
    expect(options.map((o) => o.id)).toEqual(['vpn-rdp', 'vpn-rdp']);
    for (const o of options) {
      expect(o.label.ja.startsWith('VPN、リモートデスクトップ等')).toBe(true);
      expect(o.short?.ja).toBe('VPN、リモートデスクトップ等');
      expect(o.label.en).toContain('etc.');
    }
    expect(seedLines.some((l) => l.split('\t')[1] === 'VPN、リモートデスクトップ等')).toBe(true);
  });

  it('names the threats as the items do and explains them with the 第1部3 text', () => {
    const seedNames = [...new Set(matrix.flatMap((r) => r.threats))];
    expect(catalogue.threats.map((t) => t.name.ja).sort()).toEqual(seedNames.sort());
    const part3 = lineIndex('第1部3. テレワーク環境で想定される脅威の解説');
    catalogue.threats.forEach((t, k) => {
      expect(
        seedLines.findIndex((l, i) => i > part3 && l.trim() === `(${k + 1}) ${t.heading.ja}`),
      ).toBeGreaterThan(0);
      for (const p of t.explanation) expect(inSeed(p.ja), p.ja).toBe(true);
    });
  });

  it("has the seed's 10 categories in order", () => {
    const seedCategories = [...new Set(matrix.map((r) => r.category))];
    expect(catalogue.categories.map((c) => c.name.ja)).toEqual(seedCategories);
    expect(catalogue.categories.map((c) => c.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('defines the priorities as 第2部1 does', () => {
    for (const p of catalogue.priorities) {
      expect(seedLines.some((l) => l.trim() === p.label.ja)).toBe(true);
      for (const d of p.description) expect(inSeed(d.ja), d.ja).toBe(true);
    }
  });

  it('copies every glossary term, reading and definition from the 用語集 table', () => {
    const start = lineIndex('用語集', lineIndex('参考1 用語集（キーワード解説）'));
    const end = lineIndex('「MDM」について', start);
    const rows = seedLines
      .slice(start + 1, end)
      .filter((l) => l.includes('\t') && !l.startsWith('用語\t'))
      .map((l) => l.split('\t'));
    expect(rows).toHaveLength(14);
    expect(catalogue.glossary).toHaveLength(rows.length);
    catalogue.glossary.forEach((g, k) => {
      const [head = '', definition = ''] = rows[k] ?? [];
      const reading = /\((.+)\)/.exec(head)?.[1];
      expect(head.replace(/\s*\(.+\)/, '').trim()).toBe(g.term.ja);
      expect(g.reading).toBe(reading);
      expect(squash(g.definition.ja)).toBe(squash(definition));
    });
  });

  it('copies the key-term notes of 参考1: titles, headings, paragraphs, lists and tables', () => {
    for (const k of catalogue.keyTerms) {
      expect(
        seedLines.some((l) => l.trim() === k.title.ja),
        k.title.ja,
      ).toBe(true);
      for (const s of k.sections) {
        if (s.heading)
          expect(
            seedLines.some((l) => l.trim() === s.heading?.ja),
            s.heading.ja,
          ).toBe(true);
        for (const b of s.blocks) {
          const texts =
            b.type === 'paragraph' ? [b.text] : b.type === 'list' ? b.items : [...b.header, ...b.rows.flat()];
          for (const t of texts) expect(inSeed(t.ja), t.ja).toBe(true);
        }
      }
    }
  });

  it('lists the 8 references of 参考2 with their publishers and URLs', () => {
    expect(catalogue.references).toHaveLength(8);
    for (const r of catalogue.references) {
      expect(
        seedLines.some((l) => l.trim() === `○${r.title.ja}【${r.publisher.ja}】`),
        r.title.ja,
      ).toBe(true);
      expect(
        seedLines.some((l) => l.trim() === r.url || l.trim() === `<${r.url}>`),
        r.url,
      ).toBe(true);
      expect(inSeed(r.description.ja)).toBe(true);
    }
  });

  it('lists the setting-guide products of 第2部2 in order', () => {
    const start = lineIndex(
      '第2部2. チェックリストの設定例一覧',
      lineIndex('第2部1. セキュリティ対策チェックリスト'),
    );
    const first = seedLines.findIndex((l, i) => i > start && l.startsWith('- '));
    const products: string[] = [];
    for (let i = first; seedLines[i]?.startsWith('- '); i++)
      products.push((seedLines[i] ?? '').slice(2).trim());
    expect(catalogue.settingGuides.products.map((p) => p.ja)).toEqual(products);
    expect(products).toHaveLength(21);
    expect(inSeed(catalogue.settingGuides.intro.ja)).toBe(true);
    expect(inSeed(catalogue.settingGuides.disclaimer.ja)).toBe(true);
    expect(seedLines.slice(start).some((l) => l.trim() === catalogue.settingGuides.url)).toBe(true);
  });

  it('records the source document and its revision history', () => {
    expect(inSeed(catalogue.source.title.ja.replace(/[（）]/g, (c) => (c === '（' ? '(' : ')')))).toBe(true);
    expect(inSeed(catalogue.source.url)).toBe(true);
    for (const r of catalogue.source.revisions) {
      const [y, m, d] = r.date.split('-').map(Number);
      expect(
        seedLines.some((l) => l.trim() === `${y}年${m}月${d}日 ${r.text.ja}`),
        r.text.ja,
      ).toBe(true);
    }
  });

  it('marks every pointer to a figure the app cannot show, in both languages, and verifies the rest of the text', () => {
    const texts = [
      ...catalogue.threats.flatMap((t) => t.explanation),
      ...catalogue.keyTerms.flatMap((k) =>
        k.sections.flatMap((s) =>
          s.blocks.flatMap((b) =>
            b.type === 'paragraph' ? [b.text] : b.type === 'list' ? b.items : [...b.header, ...b.rows.flat()],
          ),
        ),
      ),
    ];
    const pointing = texts.filter((t) => /本事例|下図/.test(t.ja));
    expect(pointing.map((t) => /本事例|下図/.exec(t.ja)?.[0])).toEqual(['本事例', '下図']);
    for (const t of pointing) {
      expect(t.ja, t.ja).toMatch(new RegExp(`(本事例|下図)${FIGURE_MARK}`));
      expect(t.en).toContain('(see the figure in the original document)');
      expect(inSeed(t.ja), t.ja).toBe(true);
    }
    // The mark is allowed only right after a pointer: anywhere else the text no longer matches the seed.
    expect(inSeed(`${FIGURE_MARK}${pointing[0]?.ja ?? ''}`)).toBe(false);
  });

  it("gives each scope question the seed's remark of the items it excludes as the reason", () => {
    for (const s of catalogue.scopeQuestions)
      for (const id of s.excludes) {
        const row = matrix.find((r) => r.id === id);
        expect(row?.remark, id).toBe(s.reason.ja);
      }
  });
});

describe('the English text', () => {
  /** Every {ja, en} pair in the catalogue, with where it is. */
  function pairs(value: unknown, at = ''): { at: string; ja: string; en: string }[] {
    if (Array.isArray(value)) return value.flatMap((v, i) => pairs(v, `${at}[${i}]`));
    if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.ja === 'string' && typeof o.en === 'string') return [{ at, ja: o.ja, en: o.en }];
      return Object.entries(o).flatMap(([k, v]) => pairs(v, `${at}.${k}`));
    }
    return [];
  }
  const all = pairs(catalogue);

  it('is complete: no empty or placeholder texts', () => {
    expect(all.length).toBeGreaterThan(500);
    expect(all.filter((p) => !p.en.trim() || /TODO|TBD|FIXME|XXX/.test(p.en)).map((p) => p.at)).toEqual([]);
  });

  it('contains no Japanese, except in product names', () => {
    const japanese = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/;
    const leftovers = all.filter((p) => japanese.test(p.en) && !p.at.startsWith('.settingGuides.products'));
    expect(leftovers.map((p) => `${p.at}: ${p.en}`)).toEqual([]);
  });

  it('links the same glossary and key terms as the Japanese in every item', () => {
    const entries = [...catalogue.glossary, ...catalogue.keyTerms];
    const missing: string[] = [];
    for (const item of catalogue.items) {
      const texts: [string, string][] = [
        [item.text.ja, item.text.en],
        [item.threatDetail.ja, item.threatDetail.en],
        ...item.notes.map((n): [string, string] => [n.text.ja, n.text.en]),
      ];
      for (const [ja, en] of texts)
        for (const e of entries)
          if (e.matches.ja.some((w) => ja.includes(w)) && !e.matches.en.some((w) => en.includes(w)))
            missing.push(`${item.id} ${e.id}: ${en}`);
    }
    expect(missing).toEqual([]);
  });

  // Regression tests for wording fixed after review (issue #16). Each pins what the Japanese says.
  const itemEn = (id: string) => catalogue.items.find((i) => i.id === id)?.text.en ?? '';

  it('says 8-2 enforces (強制的に適用) the security settings', () => {
    expect(itemEn('8-2')).toMatch(/ are enforced\.$/);
    expect(itemEn('8-2')).not.toMatch(/compulsor/i);
  });

  it('says 9-2 changes the initial passwords of both the devices and the systems, as its threat detail does', () => {
    expect(itemEn('9-2')).toMatch(
      /^The initial passwords for logging in to telework devices and for the accounts/,
    );
  });

  it("limits 2-2's URL and attachment warning to suspicious e-mails", () => {
    expect(itemEn('2-2')).toContain('not to open suspicious e-mails, and not to click URLs written in them');
    expect(itemEn('2-2')).not.toMatch(/URLs written in e-mails/);
  });

  it('does not gloss 総当たり攻撃⁴ with its own name in the password note', () => {
    const password = catalogue.keyTerms.find((k) => k.id === 'password');
    const texts = pairs(password).filter((p) => p.ja.includes('⁴'));
    const marked = texts.find((p) => p.ja.includes('総当たり攻撃⁴'));
    const footnote = texts.find((p) => p.ja.startsWith('⁴ ブルートフォース攻撃とも呼ばれます'));
    expect(marked?.en).toContain('exhaustive-search attacks⁴');
    expect(footnote?.en).toMatch(/^⁴ Also called a brute-force attack\./);
    expect(marked?.en).not.toMatch(/brute-force attacks?⁴/);
  });

  it('makes the "either" cloud cell of the method table a full phrase', () => {
    for (const m of catalogue.methods.filter((x) => x.cloud === 'optional'))
      expect(m.table.cloud.en, `method ${m.id}`).toBe('Cloud services may or may not be used');
  });

  it('says the 2nd edition was issued (策定)', () => {
    expect(catalogue.source.revisions[0]?.text.en).toBe('2nd edition issued');
  });

  it('spells the setting-guide products by their product names', () => {
    const en = new Map(catalogue.settingGuides.products.map((p) => [p.ja, p.en]));
    expect(en.get('CiscoWebexMeetings')).toBe('Cisco Webex Meetings');
    expect(en.get('CiscoASA')).toBe('Cisco ASA');
    expect(en.get('Teams_chat')).toBe('Microsoft Teams (chat)');
  });

  it('adds no vendor name that the Japanese does not have', () => {
    const vendors = ['Trend Micro', 'Microsoft', 'Google', 'Apple', 'Cisco', 'Yamaha', 'Amazon'];
    // 'Microsoft Teams (chat)' renders the seed's file-like label Teams_chat; Microsoft is the seed's own word
    // in the product before it (Microsoft Teams).
    const allowed = new Set(['Teams_chat']);
    const added = all.filter(
      (p) =>
        !allowed.has(p.ja) &&
        vendors.some(
          (v) =>
            p.en.toLowerCase().includes(v.toLowerCase()) && !p.ja.toLowerCase().includes(v.toLowerCase()),
        ),
    );
    expect(added.map((p) => `${p.at}: ${p.en}`)).toEqual([]);
  });
});

describe('what the guide tells its reader', () => {
  /**
   * The seed as prose: its markup (**bold**, <u>underline</u>), footnote markers (¹ ²…) and page pointers
   * (「(p. 23～)」) are dropped, since the app shows none of them. Everything else must match.
   */
  const proseSeed = squash(
    seed
      .replace(/\*\*|<\/?u>/g, '')
      .replace(/[¹²³⁴⁵]/g, '')
      .replace(/\(p\. ?\d+～\)/g, ''),
  );
  const inProse = (s: string) => proseSeed.includes(squash(withoutFigureMark(s)));
  const blockTexts = (b: Catalogue['keyTerms'][number]['sections'][number]['blocks'][number]) =>
    b.type === 'paragraph' ? [b.text] : b.type === 'list' ? b.items : [...b.header, ...b.rows.flat()];

  it('the prose matcher drops only markup, footnote markers and page pointers', () => {
    expect(inProse('必ずしも網羅的ではありませんが、基本的かつ重要な（最低限必要となる）対策です。')).toBe(
      true,
    );
    expect(inProse('「テレワークセキュリティガイドライン」を策定してきました。')).toBe(true);
    expect(inProse('必ずしも網羅的な対策です。')).toBe(false);
  });

  it('quotes 0.はじめに verbatim under its own headings', () => {
    for (const s of catalogue.about.sections) {
      expect(
        seedLines.some((l) => /^\(\d\) /.test(l.trim()) && l.trim().slice(4) === s.heading?.ja),
        s.heading?.ja,
      ).toBe(true);
      for (const b of s.blocks) for (const t of blockTexts(b)) expect(inProse(t.ja), t.ja).toBe(true);
    }
  });

  it('includes the purpose, the intended reader and the tip on explaining the measures to management', () => {
    const ja = catalogue.about.sections.flatMap((s) => s.blocks.flatMap(blockTexts)).map((t) => t.ja);
    expect(ja.some((t) => t.includes('基本的かつ重要な（最低限必要となる）対策'))).toBe(true);
    expect(ja.some((t) => t.includes('システム・セキュリティ管理を行う担当者'))).toBe(true);
    expect(
      ja.some((t) => t.includes('経営層') && t.includes('第1部3. テレワーク環境で想定される脅威の解説')),
    ).toBe(true);
  });

  it("gives MIC's contact point as the back page prints it, × instead of @", () => {
    const { contact } = catalogue.about;
    const lines = seedLines.map((l) => l.trim());
    const at = lines.indexOf(contact.heading.ja);
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at)).toContain(contact.organisation.ja);
    expect(lines.slice(at)).toContain(`Email ${contact.email} (${contact.emailNote.ja})`);
    expect(lines.slice(at)).toContain(`URL ${contact.url}`);
    expect(contact.email).not.toContain('@');
  });

  it('keeps the trademark note of the cover page', () => {
    expect(seedLines.some((l) => l.trim() === `※${catalogue.about.trademarks.ja}`)).toBe(true);
  });

  it('states the two caveats of a result in the seed’s words, each under its seed heading', () => {
    expect(catalogue.caveats.map((c) => c.id)).toEqual(['basic-minimum', 'outside-telework']);
    for (const c of catalogue.caveats) {
      expect(seedLines.some((l) => l.trim() === c.section.ja)).toBe(true);
      for (const q of c.quote) expect(inProse(q.ja), q.ja).toBe(true);
    }
    const [basic, outside] = catalogue.caveats;
    expect(basic?.quote[0]?.ja).toContain(
      '必ずしも網羅的ではありませんが、基本的かつ重要な（最低限必要となる）対策',
    );
    // Footnote ³ of 第2部1: the office network is outside the checklist.
    const footnote = seedLines.find((l) => l.startsWith('³ '))?.slice(2) ?? '';
    expect(outside?.quote.map((q) => q.ja)).toContain(footnote.trim());
    expect(outside?.lead.ja).toContain('オフィスネットワーク');
  });

  it("lists footnote ² of 第1部2 (how the guide's methods differ from the guideline's) verbatim and in order", () => {
    const start = seedLines.findIndex((l) => l.startsWith('² '));
    expect(seedLines[start]?.slice(2).trim()).toBe(catalogue.guideScope.intro.ja);
    const bullets: string[] = [];
    for (let i = start + 1; i < seedLines.length && bullets.length < 4; i++) {
      const m = /^- ・\s*(.+)$/.exec(seedLines[i] ?? '');
      if (m) bullets.push((m[1] ?? '').trim());
    }
    expect(catalogue.guideScope.differences.map((d) => d.text.ja)).toEqual(bullets);
    expect(catalogue.guideScope.outOfScope.ja).toMatch(/仮想デスクトップ.*セキュアコンテナ方式/);
  });

  it('points the VDI and secure-container users to the guideline listed in 参考2, with its URL', () => {
    const { guideline } = catalogue.guideScope;
    const ref = catalogue.references.find((r) => r.title.ja === guideline.title.ja);
    expect(ref?.url).toBe(guideline.url);
    expect(seedLines.some((l) => l.trim() === `○${guideline.title.ja}【総務省】`)).toBe(true);
    expect(catalogue.guideScope.outOfScope.ja).toContain('テレワークセキュリティガイドライン');
  });

  it('notes the items the secure-browser methods never show, computed from the item matrix', () => {
    const note = catalogue.guideScope.secureBrowserNote;
    const secureBrowser = catalogue.methods
      .filter((m) => m.officeConnection === 'secure-browser')
      .map((m) => m.id);
    expect(note.methods).toEqual(secureBrowser);
    expect(secureBrowser).toEqual([4, 8]);
    // Items that apply to ②/③ or ⑥/⑦ but to neither ④ nor ⑧, read straight off the methods lists.
    const expected = catalogue.items
      .filter(
        (i) => i.methods.some((m) => [2, 3, 6, 7].includes(m)) && !i.methods.some((m) => [4, 8].includes(m)),
      )
      .map((i) => i.id);
    expect(note.items).toEqual(expected);
    expect(note.items).toEqual(itemsOnlyWithDataOnDevice(catalogue));
    for (const id of note.items) {
      expect(note.text.ja).toContain(id);
      expect(note.text.en).toContain(id);
    }
    expect(inProse(note.basis.ja)).toBe(true);
  });
});
