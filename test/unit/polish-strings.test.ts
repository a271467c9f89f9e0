/**
 * The one catalogue: no words in components outside it. Scans every .tsx file of the renderer
 * for JSX text and for aria-label, title, placeholder, alt and label attributes written as
 * literals; only non-words (symbols, punctuation, numbers) may stay in components.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { catalogue, formatDate, formatNumber, setFormatLocale, t } from '../../renderer/src/i18n';
import { LANE_KIND_LABELS, mapTemplate, TEMPLATE_WORDS } from '../../renderer/src/domain/templates';
import { pseudoLocalize, pseudoString } from '../../renderer/src/i18n/pseudo';
import { FEATURES } from '../../renderer/src/app/features';
import { installFeatures } from '../../renderer/src/app/install';
import { U } from '../../renderer/src/i18n/ui';

// The features add their parts of the catalogue (app/features.ts), as at start.
installFeatures();

const ROOT = new URL('../../renderer/src/', import.meta.url).pathname;
const ATTRIBUTES = new Set(['aria-label', 'ariaLabel', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-roledescription', 'aria-valuetext']);
/** A word: two letters in a row (in any script). "+", "×", "…", "→", "12" are not words. */
const WORD = /\p{L}{2,}/u;

/** Every .ts and .tsx file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsxFiles(p) : p.endsWith('.tsx') ? [p] : [];
  });
}

/** Every user-visible literal with words in it: "file:line text". */
export function literalsIn(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node, text: string) =>
    found.push(`${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${JSON.stringify(text.trim())}`);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORD.test(node.text)) at(node, node.text);
    if (ts.isJsxAttribute(node) && ATTRIBUTES.has(node.name.getText(sf))) {
      const init = node.initializer;
      if (init && ts.isStringLiteral(init) && WORD.test(init.text)) at(node, init.text);
      if (init && ts.isJsxExpression(init) && init.expression) {
        const e = init.expression;
        if ((ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) && WORD.test(e.text)) at(node, e.text);
        if (ts.isTemplateExpression(e)) {
          const words = [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(' ');
          if (WORD.test(words)) at(node, e.getText(sf));
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('the string catalogue', () => {
  it('holds every word of the components (no literal text in JSX, labels, titles or placeholders)', () => {
    const found = tsxFiles(ROOT).flatMap((f) => literalsIn(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('catches a word written in a component (the scan can fail)', () => {
    const src = `export const X = () => <div><button aria-label="Close it" title={'Shut'}>Save</button><p>{'ok'} ×</p><i title={\`Go \${1}\`} /></div>;`;
    expect(literalsIn(join(ROOT, 'x.tsx'), src)).toHaveLength(4);
    expect(literalsIn(join(ROOT, 'x.tsx'), `export const Y = () => <span aria-hidden>× → …</span>;`)).toEqual([]);
  });

  it('keeps in i18n/ui.ts only the words of the mechanisms: each is read outside the features’ modules', () => {
    // A feature's words (its commands' too) live in its strings.ts; the shells (features/home,
    // features/project) are no module and may read these.
    const modules = new Set(FEATURES.map((f) => f.id));
    const outside = sourceFiles(ROOT)
      .filter((f) => !f.endsWith('i18n/ui.ts'))
      .filter((f) => !(relative(ROOT, f).split('/')[0] === 'features' && modules.has(relative(ROOT, f).split('/')[1]!)))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const paths = Object.entries(U).flatMap(([k, v]) =>
      v && typeof v === 'object' && !Array.isArray(v) && k !== 'directions' ? Object.keys(v).map((k2) => `${k}.${k2}`) : [k],
    );
    expect(paths.length).toBeGreaterThan(100);
    const unread = paths.filter((p) => !new RegExp(`\\bU\\.${p.replace('.', '\\.')}\\b`).test(outside));
    expect(unread).toEqual([]);
  });

  it('is one catalogue: every part answers through t()', () => {
    expect(t('app.addStage')).toBe('Add stage');
    expect(t('ui.palette.nothing', 'xyz')).toContain('xyz');
    expect(t('personas.heading')).toBe('Personas');
    expect(t('no.such.key')).toBe('no.such.key');
    for (const part of Object.keys(catalogue)) expect(catalogue[part as keyof typeof catalogue]).toBeTruthy();
  });

  it('holds the templates and lane kinds too, and a map is made with the words of the moment', () => {
    expect(t('laneKinds.pains')).toBe('Pain points');
    expect(t('templates.b2bStages.0.name')).toBe('Awareness');
    const before = TEMPLATE_WORDS.blankStage;
    try {
      TEMPLATE_WORDS.blankStage = 'Étape 1';
      LANE_KIND_LABELS.actions = 'Actions du client';
      expect(mapTemplate('blank').stages[0]!.name).toBe('Étape 1');
      expect(mapTemplate('blank').lanes[0]!.name).toBe('Actions du client');
      expect(mapTemplate('b2b').lanes.map((l) => l.name)).toContain('Actions du client');
    } finally {
      TEMPLATE_WORDS.blankStage = before;
      LANE_KIND_LABELS.actions = 'Customer actions';
    }
  });
});

describe('the pseudo-locale', () => {
  it('makes every string about 40% longer and keeps symbols as they are', () => {
    for (const s of ['Add stage', 'Undo', 'Fit map to screen', 'A handoff after this stage']) {
      expect(pseudoString(s).length, s).toBeGreaterThanOrEqual(Math.floor(s.length * 1.4));
    }
    expect(pseudoString('→')).toBe('→');
  });

  it('rewrites a whole catalogue: strings, sentences with values, nested lists', () => {
    const cat = { a: 'Save', f: (n: number) => `${n} cards`, nested: { b: 'Close' }, list: ['Map'] };
    pseudoLocalize(cat);
    expect(cat.a).not.toBe('Save');
    expect(cat.f(3)).toMatch(/^\[3 çárds/);
    expect(cat.nested.b).toMatch(/^\[Çlósé/);
    expect(cat.list[0]).toMatch(/^\[Máp/);
  });
});

describe('formatting by locale', () => {
  it('writes numbers and dates the reader’s way', () => {
    setFormatLocale('de-DE');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatDate(Date.UTC(2026, 0, 15, 12), 'long-date')).toMatch(/15\. Januar 2026/);
    setFormatLocale('en-US');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    setFormatLocale(undefined);
  });
});
