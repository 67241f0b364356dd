// YAML and TOML recognised by content when the file name does not say, without taking other
// formats for them.
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/formats/detect.ts';

describe('data format detection by content', () => {
  it('recognises TOML tables, even ones that look like JSON or wiki links', () => {
    expect(detectFormat('roadmap', '[[group]]\nname = "a"\nitems = [{ label = "x" }]\n')).toBe('toml');
    expect(detectFormat('roadmap', '# comment\n[metadata."3.14"]\npep = 745\n')).toBe('toml');
    expect(detectFormat('roadmap', 'title = "Plan"\n')).toBe('toml');
  });

  it('recognises a YAML mapping, comments and a document marker included', () => {
    expect(detectFormat('kep', '# The stage of this KEP.\ntitle: X\nkep-number: 1\n')).toBe('yaml');
    expect(detectFormat(undefined, '---\nplanned:\n  - A\n')).toBe('yaml');
  });

  it('leaves JSON, Markdown, wikitext and prose as they were', () => {
    expect(detectFormat(undefined, '{"a": 1}')).toBe('json');
    expect(detectFormat(undefined, '[1, 2')).toBe('json');
    expect(detectFormat(undefined, '---\ntitle: x\n---\n# Heading\n\nText.\n')).toBe('md');
    expect(detectFormat(undefined, 'Status: draft\n\n# Roadmap\n\n- item one\n')).toBe('md');
    expect(detectFormat(undefined, '== Plans ==\n* [[Link]]\n')).toBe('wikitext');
    expect(detectFormat(undefined, 'Note: we plan to ship.\nThen we will rest, and so on.\n')).toBe('text');
    // An extension still wins over content.
    expect(detectFormat('notes.md', 'title: x\n')).toBe('md');
  });
});
