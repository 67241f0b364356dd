// Heading kinds: the attribute block says what a heading is only where its place would say
// otherwise, and titles that look like another kind keep their kind.
import { describe, expect, it } from 'vitest';
import type { InterchangeDocument, Item } from '../../../src/domain/interchange/index.ts';
import { readWaymarkMarkdown, renderWaymarkMarkdown } from '../../../src/formats/waymark-md/index.ts';

const DOCUMENT: InterchangeDocument = {
  format: 'waymark/v1',
  roadmap: {
    id: 'r',
    title: 'R',
    sections: [
      {
        id: 'looks-like-checkin',
        title: 'Check-in 2025-01-01',
        sections: [{ id: 'nested', title: 'Nested', items: [{ id: 'deep', title: 'Deep' }] }],
      },
    ],
    items: [{ id: 'loose', title: 'Loose item', work: [{ id: 'w', title: 'Work', summary: 'Text.' }] }],
    checkins: [
      { id: 'plain', date: '2025-01-01' },
      { id: 'same-title', date: '2025-01-01', title: 'Check-in 2025-01-01' },
      { id: 'titled', date: '2025-02-01', title: 'February status', entries: [] },
    ],
  },
};

describe('heading kinds in Waymark Markdown', () => {
  it('marks only the headings whose place would give another kind', () => {
    const text = renderWaymarkMarkdown(DOCUMENT);
    const headings = text.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# R',
      '## Loose item {#loose .item}',
      '### Work {#w}',
      '## Check-in 2025-01-01 {#looks-like-checkin .section}',
      '### Nested {#nested .section}',
      '#### Deep {#deep}',
      '## Check-in 2025-01-01 {#plain}',
      '## Check-in 2025-01-01 {#same-title}',
      '## February status {#titled .checkin}',
    ]);
    expect(text).toContain('{#same-title}\n\n- Date: 2025-01-01\n\n## ');
    expect(text).toContain('{#titled .checkin}\n\n- Date: 2025-02-01\n- Entries:\n');
    expect(readWaymarkMarkdown(text)).toEqual({ document: DOCUMENT, warnings: [] });
  });

  it('writes levels beyond six in the attribute block', () => {
    // Blocked work is not a task list, so each level is a heading.
    let item: Item = { id: 'i7', title: 'Level 7', status: 'blocked' };
    for (let level = 6; level >= 3; level--)
      item = { id: `i${level}`, title: `Level ${level}`, status: 'blocked', work: [item] };
    const document: InterchangeDocument = {
      format: 'waymark/v1',
      roadmap: { id: 'r', title: 'R', sections: [{ id: 's', title: 'S', items: [item] }] },
    };
    const text = renderWaymarkMarkdown(document);
    expect(text).toContain('###### Level 6 {#i6}\n\n- Status: blocked\n\n###### Level 7 {#i7 level=7}\n');
    expect(readWaymarkMarkdown(text).document).toEqual(document);
  });
});
