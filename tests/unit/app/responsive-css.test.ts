import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every style sheet of the app. */
function cssFiles(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** The `@media` blocks of a style sheet: the query and the text between its braces (nested blocks included). */
function mediaBlocks(css: string): { query: string; body: string }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const blocks: { query: string; body: string }[] = [];
  for (const match of text.matchAll(/@media([^{]*)\{/g)) {
    let depth = 1;
    let i = match.index + match[0].length;
    const start = i;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
    }
    blocks.push({ query: match[1]!.trim(), body: text.slice(start, i - 1) });
  }
  return blocks;
}

/** What decides the colour of text and of what is behind it. */
const COLOUR = /(?:^|[;{\s])(color|background(?:-color|-image)?|opacity|filter|mix-blend-mode|--[\w-]+)\s*:/g;

describe("the app's styles at other window sizes", () => {
  const files = cssFiles();

  it('finds the style sheets and their size-dependent rules', () => {
    expect(files.length).toBeGreaterThan(5);
    const sized = files
      .flatMap((f) => mediaBlocks(readFileSync(f, 'utf8')))
      .filter((b) => /width|height/.test(b.query));
    expect(sized.length).toBeGreaterThan(3);
  });

  // The accessibility sweep checks colour contrast at full width only, and relies on this at 320 px and 200 %.
  it('no rule that depends on the window size changes a colour, a background or a colour variable', () => {
    const found = files.flatMap((file) =>
      mediaBlocks(readFileSync(file, 'utf8'))
        .filter((b) => /width|height|aspect-ratio|orientation/.test(b.query))
        .flatMap((b) => [...b.body.matchAll(COLOUR)].map((m) => `${file}: @media ${b.query} sets ${m[1]}`)),
    );
    expect(found).toEqual([]);
  });

  it('the check would see such a rule', () => {
    const css = '.a{color:red}@media (max-width: 30rem){.b{margin:0}.c{ background: #fff }}';
    const [block] = mediaBlocks(css);
    expect(block!.query).toBe('(max-width: 30rem)');
    expect([...block!.body.matchAll(COLOUR)].map((m) => m[1])).toEqual(['background']);
    const [variables] = mediaBlocks('@media (width < 40em) { :root { --ink: #777 } }');
    expect([...variables!.body.matchAll(COLOUR)].map((m) => m[1])).toEqual(['--ink']);
  });
});
