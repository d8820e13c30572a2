// No user-visible text is written straight into a template: every word a screen shows comes
// from src/i18n, so that switching the language changes it (issue 15). Each .svelte file is
// parsed with Svelte's own compiler and its markup walked: a text node with a letter in it,
// a quoted string shown by {…}, and a literal aria-label, title, placeholder, alt or label
// is a bypass, unless tests/i18n-allowlist.ts says why it reads the same in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';
import { sameInBoth, TODO_IN_TEMPLATES } from '../../i18n-allowlist';

const ROOT = join(__dirname, '../../..');
const SRC = join(ROOT, 'src');

/** Attributes and component props a person reads or hears (a screen reader says them). */
const SHOWN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** A letter in any script: "12 €", "→", "×", "%" and "·" have none. */
const LETTER = /\p{L}/u;

interface Bypass {
  file: string;
  line: number;
  text: string;
}

interface Located {
  value: string;
  start: number;
}

/** The strings an expression shows as they are: 'Oui', a ? 'Oui' : 'Non', `Total ${n}`… */
function shownStrings(expression: unknown, out: Located[]): void {
  const node = expression as Record<string, unknown> & { type?: string; start: number };
  switch (node?.type) {
    case 'Literal':
      if (typeof node.value === 'string') out.push({ value: node.value, start: node.start });
      break;
    case 'TemplateLiteral':
      for (const quasi of node.quasis as { value: { cooked: string }; start: number }[])
        out.push({ value: quasi.value.cooked, start: quasi.start });
      break;
    case 'ConditionalExpression':
      shownStrings(node.consequent, out);
      shownStrings(node.alternate, out);
      break;
    case 'LogicalExpression':
      shownStrings(node.left, out);
      shownStrings(node.right, out);
      break;
    case 'BinaryExpression':
      if (node.operator === '+') {
        shownStrings(node.left, out);
        shownStrings(node.right, out);
      }
      break;
  }
}

/** The literal texts in a component's markup that bypass src/i18n. */
function templateBypasses(source: string, file: string): Bypass[] {
  const found: Bypass[] = [];
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const note = (value: string, start: number) => {
    const text = value.replace(/\s+/g, ' ').trim();
    if (LETTER.test(text) && !sameInBoth(text)) found.push({ file, line: lineOf(start), text });
  };
  const shownBy = (expression: unknown) => {
    const strings: Located[] = [];
    shownStrings(expression, strings);
    for (const { value, start } of strings) note(value, start);
  };

  function walk(node: unknown): void {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown> & { type?: string; start: number };
    if (n.type === 'Text') return note(String(n.data), n.start);
    if (n.type === 'ExpressionTag') return shownBy(n.expression);
    if (n.type === 'Attribute') {
      if (!SHOWN_ATTRIBUTES.has(String(n.name)) || n.value === true) return;
      const parts = (Array.isArray(n.value) ? n.value : [n.value]) as (typeof n)[];
      for (const part of parts) {
        if (part.type === 'Text') note(String(part.data), part.start);
        else if (part.type === 'ExpressionTag') shownBy(part.expression);
      }
      return;
    }
    // Other attribute values (class, style:width="{w}px", href…) are never read as text.
    if (/Directive$/.test(String(n.type)) || n.type === 'SpreadAttribute') return;
    for (const [key, value] of Object.entries(n)) if (key !== 'metadata') walk(value);
  }

  walk(parse(source, { modern: true }).fragment);
  return found;
}

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.svelte'))
    .map((name) => join(dir, name));
}

const isTodo = (b: Bypass) =>
  TODO_IN_TEMPLATES.some((entry) => entry.file === b.file && entry.text === b.text);

describe('the templates', () => {
  const files = svelteFiles(SRC);
  const all = files.flatMap((path) =>
    templateBypasses(readFileSync(path, 'utf8'), relative(ROOT, path)),
  );

  it('are all read (every screen folder)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.endsWith('App.svelte'))).toBe(true);
  });

  it('show no literal text: every visible word comes from src/i18n', () => {
    const bypasses = all.filter((b) => !isTodo(b)).map((b) => `${b.file}:${b.line} ${b.text}`);
    expect(
      bypasses,
      'literal texts (move them to src/i18n, or allow them in tests/i18n-allowlist.ts)',
    ).toEqual([]);
  });

  it('have no stale TODO in the allowlist (a fixed text leaves it)', () => {
    const stale = TODO_IN_TEMPLATES.filter(
      (entry) => !all.some((b) => b.file === entry.file && b.text === entry.text),
    ).map((entry) => `${entry.file}: ${entry.text}`);
    expect(stale).toEqual([]);
  });
});

describe('the bypass finder', () => {
  const found = (source: string) => templateBypasses(source, 'probe.svelte').map((b) => b.text);

  it('finds a literal text, a shown string and a literal label', () => {
    const probe = [
      '<script lang="ts">let ok = true;</script>',
      '<h1>Bonjour</h1>',
      '<p>{ok ? "Oui" : `Non ${ok}`}</p>',
      '<button aria-label="Fermer" title="Fermer la fenêtre">×</button>',
      '<Field label="Nom" placeholder={"Votre nom"} />',
      '<img alt="Logo" src="x.png" />',
    ].join('\n');
    expect(found(probe)).toEqual([
      'Bonjour',
      'Oui',
      'Non',
      'Fermer',
      'Fermer la fenêtre',
      'Nom',
      'Votre nom',
      'Logo',
    ]);
  });

  it('says on which line', () => {
    expect(templateBypasses('<p>ok</p>\n\n<p>Texte</p>', 'probe.svelte')).toEqual([
      { file: 'probe.svelte', line: 1, text: 'ok' },
      { file: 'probe.svelte', line: 3, text: 'Texte' },
    ]);
  });

  it('lets numbers, symbols, translated text, code and allowed words through', () => {
    const probe = [
      '<script lang="ts">const label = "dans le script"; const t = (k: string) => k;</script>',
      '<p>{t("a.key")} : 12 € × 3 → 40 % · —</p>',
      '<div class="Grand titre" style:width="{4}px" data-x="mot"></div>',
      '<button aria-label={t("close")} title={label}>ROI</button>',
      '<p>Mixplan</p>',
      '<style>p::after { content: "texte"; }</style>',
    ].join('\n');
    expect(found(probe)).toEqual([]);
  });
});
