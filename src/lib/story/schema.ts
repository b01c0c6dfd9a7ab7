/**
 * The one schema every story's front matter must satisfy. Pure: the caller supplies the
 * allowed tag ids, so the same check runs at build time and in unit tests.
 */
import { ContentError } from '../contentError';
import { STAR_PARTS, type StarPart } from './starParts';

export interface StoryPrinciple {
  /** Leadership Principle id, e.g. `invent-and-simplify`. */
  principle: string;
  /** What in the story shows the principle, e.g. "tag-based access model". */
  aspect: string;
  /** The STAR section that tells that aspect. */
  section: StarPart;
}

export interface StoryFacts {
  customer: string;
  industry: string;
  impact: string;
  services: string[];
  principles: StoryPrinciple[];
  skills: string[];
}

export interface TagVocabulary {
  services: readonly string[];
  principles: readonly string[];
  skills: readonly string[];
}

/** Tag key prefixes in `docs/tags.yml`, one per vocabulary. */
export const TAG_PREFIX = { services: 'aws-', principles: 'lp-', skills: 'skill-' } as const;

/** A story's front-matter field is invalid: a content error naming the file and the field. */
function invalidField(file: string, field: string, expected: string, got?: unknown): ContentError {
  const actual = got === undefined ? 'it is missing' : `got ${JSON.stringify(got)}`;
  return new ContentError(file, `story front matter field "${field}" is invalid: expected ${expected}, ${actual}.`, {
    name: field,
    value: got,
  });
}

function requireText(fm: Record<string, unknown>, field: string, file: string): string {
  const value = fm[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalidField(file, field, 'a non-empty string', value);
  }
  return value;
}

function requireIds(value: unknown, field: string, allowed: readonly string[], kind: string, file: string): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw invalidField(file, field, `a non-empty list of ${kind} ids`, value);
  }
  value.forEach((id, index) => {
    if (typeof id !== 'string' || !allowed.includes(id)) {
      throw invalidField(file, `${field}[${index}]`, `a known ${kind} (one of: ${allowed.join(', ')})`, id);
    }
  });
  if (new Set(value).size !== value.length) {
    throw invalidField(file, field, `${kind} ids without repeats`, value);
  }
  return value as string[];
}

function requirePrinciples(value: unknown, allowed: readonly string[], file: string): StoryPrinciple[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw invalidField(file, 'principles', 'a non-empty list of { principle, aspect, section }', value);
  }
  return value.map((entry: unknown, index) => {
    const field = `principles[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw invalidField(file, field, 'an object { principle, aspect, section }', entry);
    }
    const { principle, aspect, section, ...extra } = entry as Record<string, unknown>;
    const unknownKey = Object.keys(extra)[0];
    if (unknownKey) {
      throw invalidField(file, `${field}.${unknownKey}`, 'only principle, aspect and section', extra[unknownKey]);
    }
    if (typeof principle !== 'string' || !allowed.includes(principle)) {
      throw invalidField(
        file,
        `${field}.principle`,
        `a known Leadership Principle (one of: ${allowed.join(', ')})`,
        principle,
      );
    }
    if (typeof aspect !== 'string' || aspect.trim() === '') {
      throw invalidField(file, `${field}.aspect`, 'a non-empty string', aspect);
    }
    if (typeof section !== 'string' || !(STAR_PARTS as readonly string[]).includes(section)) {
      throw invalidField(file, `${field}.section`, `one of ${STAR_PARTS.join(', ')}`, section);
    }
    return { principle, aspect, section: section as StarPart };
  });
}

/** Checks a story's front matter and returns its typed facts, or throws naming file and field. */
export function validateStoryFacts(fm: Record<string, unknown>, vocabulary: TagVocabulary, file: string): StoryFacts {
  if ('tags' in fm) {
    throw invalidField(file, 'tags', 'no tags field (story tags come from services, principles and skills)', fm.tags);
  }
  const principles = requirePrinciples(fm.principles, vocabulary.principles, file);
  const principleIds = principles.map((p) => p.principle);
  if (new Set(principleIds).size !== principleIds.length) {
    throw invalidField(file, 'principles', 'each principle at most once', principleIds);
  }
  return {
    customer: requireText(fm, 'customer', file),
    industry: requireText(fm, 'industry', file),
    impact: requireText(fm, 'impact', file),
    services: requireIds(fm.services, 'services', vocabulary.services, 'AWS service', file),
    principles,
    skills: requireIds(fm.skills, 'skills', vocabulary.skills, 'skill', file),
  };
}

/** The tag keys a story carries, derived from its facts so they are never typed twice. */
export function storyTags(facts: StoryFacts): string[] {
  return [
    ...facts.services.map((id) => TAG_PREFIX.services + id),
    ...facts.principles.map((p) => TAG_PREFIX.principles + p.principle),
    ...facts.skills.map((id) => TAG_PREFIX.skills + id),
  ];
}

/** Splits the keys of `tags.yml` into the three vocabularies. */
export function vocabularyFromTagKeys(keys: readonly string[]): TagVocabulary {
  const pick = (prefix: string) => keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  return {
    services: pick(TAG_PREFIX.services),
    principles: pick(TAG_PREFIX.principles),
    skills: pick(TAG_PREFIX.skills),
  };
}
