import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { PRINCIPLE_QUESTIONS } from './principleQuestions';

const tags = yaml.load(readFileSync(path.resolve(__dirname, '../../docs/tags.yml'), 'utf8')) as Record<string, unknown>;
const principleIds = Object.keys(tags)
  .filter((key) => key.startsWith('lp-'))
  .map((key) => key.slice('lp-'.length));

describe('PRINCIPLE_QUESTIONS', () => {
  it('has questions for exactly the 16 principles of tags.yml', () => {
    expect(principleIds).toHaveLength(16);
    expect(Object.keys(PRINCIPLE_QUESTIONS).sort()).toEqual([...principleIds].sort());
  });

  it('has at least two different questions per principle', () => {
    for (const questions of Object.values(PRINCIPLE_QUESTIONS)) {
      expect(new Set(questions).size).toBeGreaterThanOrEqual(2);
    }
  });
});
