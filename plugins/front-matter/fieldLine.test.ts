import { describe, expect, it } from 'vitest';
import { fieldLine, fieldName } from './fieldLine';

const page = [
  '---',
  'title: Huron',
  'sidebar_position: first',
  'services: [glue, athena]',
  'principles:',
  '  - principle: dive-deep',
  '    aspect: key design',
  '  - principle: dive-deeper',
  '    aspect: tags',
  '---',
  '',
  'title: not front matter',
].join('\n');

describe('the line of a front-matter field', () => {
  it('names a validator path as written in errors', () => {
    expect(fieldName(['sidebar_position'])).toBe('sidebar_position');
    expect(fieldName(['principles', 1, 'principle'])).toBe('principles[1].principle');
  });

  it('is the line of a top-level key', () => {
    expect(fieldLine(page, 'sidebar_position', 'first')).toBe(3);
    expect(fieldLine(page, 'services[1]', 'athena')).toBe(4);
  });

  it('is the line holding the value of a nested field, else the key', () => {
    expect(fieldLine(page, 'principles[1].principle', 'dive-deeper')).toBe(8);
    expect(fieldLine(page, 'principles[1].section', undefined)).toBe(5);
  });

  it('is unknown for a field not written, or outside the front matter', () => {
    expect(fieldLine(page, 'customer')).toBeUndefined();
    expect(fieldLine('title: x\n', 'title')).toBeUndefined();
  });
});
