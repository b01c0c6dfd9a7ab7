import { describe, expect, it } from 'vitest';
import { storyTags, validateStoryFacts, vocabularyFromTagKeys } from './schema';

const vocabulary = vocabularyFromTagKeys(['aws-glue', 'aws-athena', 'lp-dive-deep', 'lp-think-big', 'skill-etl']);
const valid = {
  customer: 'Acme',
  industry: 'Retail',
  impact: 'Faster reports.',
  services: ['glue', 'athena'],
  principles: [{ principle: 'dive-deep', aspect: 'read the key design', section: 'action' }],
  skills: ['etl'],
};
const file = 'docs/stories/acme.mdx';
const check = (overrides: Record<string, unknown>) => () =>
  validateStoryFacts({ ...valid, ...overrides }, vocabulary, file);

describe('story front matter schema', () => {
  it('splits tags.yml keys into vocabularies by prefix', () => {
    expect(vocabulary).toEqual({
      services: ['glue', 'athena'],
      principles: ['dive-deep', 'think-big'],
      skills: ['etl'],
    });
  });

  it('accepts a complete story and derives its tags', () => {
    const facts = validateStoryFacts(valid, vocabulary, file);
    expect(storyTags(facts)).toEqual(['aws-glue', 'aws-athena', 'lp-dive-deep', 'skill-etl']);
  });

  it.each([
    [{ customer: undefined }, 'field "customer" is invalid: expected a non-empty string, it is missing'],
    [{ impact: 42 }, 'field "impact" is invalid: expected a non-empty string, got 42'],
    [{ services: 'glue' }, 'field "services" is invalid: expected a non-empty list of AWS service ids, got "glue"'],
    [
      { services: ['glue', 'glu'] },
      'field "services[1]" is invalid: expected a known AWS service (one of: glue, athena), got "glu"',
    ],
    [{ services: ['glue', 'glue'] }, 'field "services" is invalid: expected AWS service ids without repeats'],
    [{ skills: [] }, 'field "skills" is invalid: expected a non-empty list of skill ids, got []'],
    [
      { principles: [{ principle: 'dive-deeper', aspect: 'x', section: 'action' }] },
      'field "principles[0].principle" is invalid: expected a known Leadership Principle (one of: dive-deep, think-big), got "dive-deeper"',
    ],
    [
      { principles: [{ principle: 'dive-deep', aspect: '', section: 'action' }] },
      'field "principles[0].aspect" is invalid: expected a non-empty string, got ""',
    ],
    [
      { principles: [{ principle: 'dive-deep', aspect: 'x', section: 'summary' }] },
      'field "principles[0].section" is invalid: expected one of situation, task, action, result, got "summary"',
    ],
    [
      { principles: [{ principle: 'dive-deep', aspect: 'x', section: 'task', weight: 2 }] },
      'field "principles[0].weight" is invalid: expected only principle, aspect and section, got 2',
    ],
    [
      {
        principles: [
          { principle: 'dive-deep', aspect: 'x', section: 'task' },
          { principle: 'dive-deep', aspect: 'y', section: 'action' },
        ],
      },
      'field "principles" is invalid: expected each principle at most once',
    ],
    [
      { principles: ['dive-deep'] },
      'field "principles[0]" is invalid: expected an object { principle, aspect, section }',
    ],
    [{ tags: ['aws-glue'] }, 'field "tags" is invalid: expected no tags field'],
  ])('rejects %j naming the file and field', (overrides, message) => {
    expect(check(overrides)).toThrow(`${file}: story front matter ${message}`);
  });
});
