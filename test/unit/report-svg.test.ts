import { describe, expect, it } from 'vitest';
import { addCard, addStage, renameLane, setEmotion } from '../../renderer/src/document/actions';
import { escapeXml, mapToSvg } from '../../renderer/src/features/report/mapSvg';
import { wrapText } from '../../renderer/src/features/report/textFit';
import { projectWithMap } from './helpers';

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text content of the SVG (what a reader sees), line pieces joined by spaces. */
function visibleText(svg: string): string {
  return unescape(
    Array.from(svg.matchAll(/<(?:tspan|text)[^>]*>([^<]*)(?=<)/g))
      .map((m) => m[1])
      .join(' '),
  );
}

describe('mapToSvg', () => {
  it('draws every stage, lane and card of the map, escaped', () => {
    const p = projectWithMap();
    addStage(p.doc, p.mapId, 'Renewal & expansion');
    const lane = p.lanes().find((l) => l.kind !== 'emotion')!;
    renameLane(p.doc, lane.id, 'Actions <main>');
    addCard(p.doc, p.cell(0), '<script>alert(1)</script> & "quotes"');
    addCard(p.doc, p.cell(3), 'Procurement asks for a security review');
    const drawn = mapToSvg(p.snap(), p.mapId)!;
    expect(drawn).not.toBeNull();
    const { svg } = drawn;
    // Escaped: no raw script element, ampersands as entities.
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&amp;');
    expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
    const text = visibleText(svg);
    for (const s of p.stages()) expect(text).toContain(s.name);
    for (const l of p.lanes()) expect(text).toContain(l.name);
    expect(text).toContain('Renewal & expansion');
    expect(text).toContain('Actions <main>');
    // Card text may wrap over several lines; every word is there in order.
    expect(text.replace(/\s+/g, ' ')).toContain('<script>alert(1)</script> & "quotes"');
    expect(text.replace(/\s+/g, ' ')).toContain('Procurement asks for a security review');
    expect(drawn.width).toBeGreaterThan(8 * 200);
  });

  it('is well-formed XML with a size, a title and the emotion curve', () => {
    const p = projectWithMap();
    const emotion = p.lanes().find((l) => l.kind === 'emotion')!;
    setEmotion(p.doc, emotion.id, p.stages()[2]!.id, -2);
    const { svg, width, height } = mapToSvg(p.snap(), p.mapId)!;
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain(`width="${width}"`);
    expect(height).toBeGreaterThan(300);
    expect(svg).toContain('<title>Enterprise buyer</title>');
    expect(svg).toMatch(/<polyline points="[^"]+"/);
    expect(svg).toContain('>−2<');
  });

  it('returns null for a map that does not exist', () => {
    const p = projectWithMap();
    expect(mapToSvg(p.snap(), 'nope')).toBeNull();
  });

  it('removes characters XML cannot hold', () => {
    expect(escapeXml('a\u0001b\uFFFEc')).toBe('abc');
    expect(escapeXml('😀')).toBe('😀');
    expect(escapeXml('\uD800x')).toBe('x');
  });
});

describe('wrapping text for the SVG', () => {
  it('breaks lines at spaces within the width and keeps newlines', () => {
    const lines = wrapText('one two three four five six seven', 80, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six seven');
    expect(wrapText('a\nb', 200, 13)).toEqual(['a', 'b']);
  });

  it('cuts a word longer than a line', () => {
    const lines = wrapText('x'.repeat(100), 100, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('x'.repeat(100));
  });
});
