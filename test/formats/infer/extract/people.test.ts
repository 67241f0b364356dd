import { describe, expect, it } from 'vitest';
import { splitPeople } from '../../../../src/formats/infer/extract/index.ts';

describe('splitPeople', () => {
  it('splits the people lists of the seeds and corpus', () => {
    const cases: [string, string[]][] = [
      ['Nuria Ruiz', ['Nuria Ruiz']],
      ['Mark Bergsma and Faidon Liambotis', ['Mark Bergsma', 'Faidon Liambotis']],
      ['Asumu Takikawa, Ms2ger & Guy Bedford', ['Asumu Takikawa', 'Ms2ger', 'Guy Bedford']],
      ['Alex Crichton and Jamey Sharp', ['Alex Crichton', 'Jamey Sharp']],
      ['Petr Penzin & Tal Garfinkel', ['Petr Penzin', 'Tal Garfinkel']],
      ['@tmandry, @nikomatsakis', ['@tmandry', '@nikomatsakis']],
      ['@eddiezane @KnVerey @soltysh', ['@eddiezane', '@KnVerey', '@soltysh']],
      ['Lance Bragstad <lbragstad@redhat.com> (lbragstad)', ['Lance Bragstad']],
      [
        'Mark Miller<br />Shu-yu Guo<br />Chip Morningstar<br />Erik Marks',
        ['Mark Miller', 'Shu-yu Guo', 'Chip Morningstar', 'Erik Marks'],
      ],
      ['Sébastien Doeraene', ['Sébastien Doeraene']],
      ['(jnthn)', ['jnthn']],
      ['ardumont', ['ardumont']],
      ['A, B, and C', ['A', 'B', 'C']],
      ['Victor Stinner (CPython, PyPy)', ['Victor Stinner']],
      ['*olasd*', ['olasd']],
      ['Andreas Rossberg, Andreas Rossberg', ['Andreas Rossberg']],
    ];
    for (const [text, people] of cases) expect([text, splitPeople(text)]).toEqual([text, people]);
  });

  it('names nobody for placeholders', () => {
    for (const text of ['TBD', '?', '??', 'n/a', 'N/A', 'None', '', '  ', 'TBD, ?', '-']) {
      expect(splitPeople(text)).toEqual([]);
    }
  });

  it('does not split names that merely contain "and"', () => {
    expect(splitPeople('Alexandra Anderson and Sandy Brand')).toEqual(['Alexandra Anderson', 'Sandy Brand']);
  });
});
