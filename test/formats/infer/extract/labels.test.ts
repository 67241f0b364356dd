import { describe, expect, it } from 'vitest';
import { extractLabels } from '../../../../src/formats/infer/extract/index.ts';

describe('extractLabels', () => {
  it('takes the mini-buildd kind tags off the front, with or without a colon', () => {
    expect(extractLabels('[WISH] Make passive ftp port range configurable.')).toEqual({
      labels: ['wish'],
      rest: 'Make passive ftp port range configurable.',
    });
    expect(
      extractLabels('[BUG]: When service is stopped, sbuild continues (try w/ chromium, it builds in 13h).'),
    ).toEqual({
      labels: ['bug'],
      rest: 'When service is stopped, sbuild continues (try w/ chromium, it builds in 13h).',
    });
    expect(extractLabels('[FEAT]: Implement "wake remote" support.')).toEqual({
      labels: ['feat'],
      rest: 'Implement "wake remote" support.',
    });
    expect(extractLabels('[CHECK]: Can we use more finegrainded PRIOS on archives')).toEqual({
      labels: ['check'],
      rest: 'Can we use more finegrainded PRIOS on archives',
    });
  });

  it('reads the mini-buildd index.rst tags [REGR] and [IDEA], several in a row', () => {
    expect(extractLabels('[REGR][IDEA] - keyring packages')).toEqual({
      labels: ['regr', 'idea'],
      rest: 'keyring packages',
    });
  });

  it('reads bare UNREPRODUCIBLE and keeps the field-like text after it', () => {
    expect(
      extractLabels('UNREPRODUCIBLE: LOG: daemon.log (file log only) stops working after some time???'),
    ).toEqual({
      labels: ['unreproducible'],
      rest: 'LOG: daemon.log (file log only) stops working after some time???',
    });
    expect(extractLabels('UNREPRODUCIBLE gpg-agent left-overs (?)')).toEqual({
      labels: ['unreproducible'],
      rest: 'gpg-agent left-overs (?)',
    });
  });

  it('reads Wikimedia (Stretch): goals and trailing stretch markers', () => {
    expect(extractLabels('(Stretch): MobileContentService')).toEqual({
      labels: ['stretch'],
      rest: 'MobileContentService',
    });
    expect(extractLabels('Publish 2 blog posts about performance (stretch)')).toEqual({
      labels: ['stretch'],
      rest: 'Publish 2 blog posts about performance',
    });
    expect(extractLabels('Prototype Documentation Portal - [stretch]')).toEqual({
      labels: ['stretch'],
      rest: 'Prototype Documentation Portal',
    });
  });

  it('leaves checkboxes, footnotes, status markers, unknown tags and link text alone', () => {
    for (const text of [
      '[x] closures',
      '[ ] drop',
      'See the survey [1]',
      '[RELEASED] 1.6.0 Fury',
      '[BISH]: auto-deactivation',
      '[stretch](https://example.org) goals',
      'BUG fixes are welcome',
      'Fix the UNREPRODUCIBLE build',
    ]) {
      expect(extractLabels(text)).toEqual({ labels: [], rest: text });
    }
  });

  it('leaves text without labels unchanged apart from surrounding whitespace', () => {
    expect(extractLabels('  - 1 points ')).toEqual({ labels: [], rest: '- 1 points' });
    expect(extractLabels('')).toEqual({ labels: [], rest: '' });
  });
});
