import { describe, expect, it } from 'vitest';
import {
  checkStory,
  firstPersonWords,
  measuredOutcomes,
  partFigures,
  rehearsalSeconds,
  timing,
  type StoryText,
} from './analysis';
import { STORY_CHECK, type StoryCheckConfig } from './config';

const part = (text: string, toPrepare = false) => ({ text, toPrepare });
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('spoken length', () => {
  it('counts words, keeping "300+", "don’t" and "S3" whole, and times them at the configured pace', () => {
    const figures = partFigures(part('We moved 300+ datasets to S3, and I don’t regret it.'));
    expect(figures).toEqual({ words: 11, cjkCharacters: 0, seconds: 4, unfinished: false });
    expect(partFigures(part('Q&A on AWS Glue/EMR (intermediate(Add a job) — done')).words).toBe(9);
    expect(partFigures(part(words(150))).seconds).toBe(60);
    expect(partFigures(part(words(150)), { ...STORY_CHECK, wordsPerMinute: 100 }).seconds).toBe(90);
  });

  it('counts CJK characters one by one at their own pace, and the English beside them as words', () => {
    const figures = partFigures(part('如果单点测试, 根本测试不出来. So my approach is Balanced.'));
    expect(figures.cjkCharacters).toBe(13);
    expect(figures.words).toBe(5);
    // 13 / 250 min + 5 / 150 min = 3.12 s + 2 s
    expect(figures.seconds).toBe(5);
  });

  it('marks an empty part and a part "to prepare" as unfinished', () => {
    expect(partFigures(part('')).unfinished).toBe(true);
    expect(partFigures(part('  \n ')).unfinished).toBe(true);
    expect(partFigures(part('', true))).toEqual({ words: 0, cjkCharacters: 0, seconds: 0, unfinished: true });
    expect(partFigures(part('I am', true)).unfinished).toBe(true);
  });

  it('sorts a total into short, on target and long at the window’s edges', () => {
    const { min, max } = STORY_CHECK.targetSeconds;
    expect(timing(min - 1)).toBe('short');
    expect(timing(min)).toBe('on-target');
    expect(timing(max)).toBe('on-target');
    expect(timing(max + 1)).toBe('long');
  });
});

describe('who acted', () => {
  it('counts whole words only, "I’d" and "I’m" as I, never "US" the country or "I/O"', () => {
    expect(firstPersonWords("I'd say I’m sure my team and me, myself; mine. Imagine")).toEqual({
      singular: 6,
      plural: 0,
    });
    expect(firstPersonWords('We sent our US data to us; ourselves. Weird trust, I/O')).toEqual({
      singular: 0,
      plural: 4,
    });
  });

  it('leaves quoted words out', () => {
    expect(firstPersonWords('I told them: "we will ship it" and “we can” — so I did.')).toEqual({
      singular: 2,
      plural: 0,
    });
  });

  it('counts 我 and 我们 in the author’s Chinese notes', () => {
    expect(firstPersonWords('所以我的方案是最好的, 我们一起测试, 「我们」')).toEqual({ singular: 1, plural: 1 });
  });
});

describe('measured outcomes', () => {
  it('finds counts, percentages, durations, money and multipliers with the word they count', () => {
    expect(
      measuredOutcomes(
        'Processed 300+ datasets within 24 hours, cut cost by 40%, saved $2M and ran 3x faster in 90 min.',
      ),
    ).toEqual(['300+ datasets', '24 hours', '40%', '$2M', '3x faster', '90 min']);
  });

  it('ignores numbers inside words and leaves a following small word off', () => {
    expect(measuredOutcomes('Data lands in S3 and EC2 via Route53; Glue2 jobs.')).toEqual([]);
    expect(measuredOutcomes('2 of the 5 units')).toEqual(['2', '5 units']);
  });

  it('finds nothing in a result without a number', () => {
    expect(measuredOutcomes('Results in reduced technique overhead, improved productivity and data security.')).toEqual(
      [],
    );
  });
});

describe('the rehearsal target', () => {
  it('rounds the spoken time to the step and keeps it within the bounds', () => {
    const { minSeconds, maxSeconds, roundToSeconds } = STORY_CHECK.rehearsal;
    expect(rehearsalSeconds(128)).toBe(135);
    expect(rehearsalSeconds(127)).toBe(8 * roundToSeconds);
    expect(rehearsalSeconds(10)).toBe(minSeconds);
    expect(rehearsalSeconds(10_000)).toBe(maxSeconds);
  });
});

describe('the whole story', () => {
  const story = (overrides: Partial<StoryText> = {}): StoryText => ({
    situation: part(words(75)),
    task: part(words(75)),
    action: part(`I designed it and I built it, we shipped it. ${words(141)}`),
    result: part('It processed 300+ datasets.'),
    ...overrides,
  });

  it('is ready when it is on time, Action is owned, Result is measured and nothing is unfinished', () => {
    const check = checkStory(story(), ['deliver-results']);
    expect(check.totalSeconds).toBe(30 + 30 + 60 + 2);
    expect(check).toMatchObject({
      timing: 'on-target',
      action: { singular: 2, plural: 1 },
      actionOwned: true,
      measures: ['300+ datasets'],
      unfinished: [],
      principles: ['deliver-results'],
      needsWork: [],
      ready: true,
      rehearsalSeconds: 120,
    });
  });

  it('needs work for each failing check alone', () => {
    expect(checkStory(story({ result: part('It went well.') }), [])).toMatchObject({
      needsWork: ['result'],
      ready: false,
    });
    const taskToPrepare = checkStory(story({ situation: part(words(150)), task: part('', true) }), []);
    expect(taskToPrepare).toMatchObject({ unfinished: ['task'], needsWork: ['parts'], ready: false });
    const weAction = checkStory(story({ action: part(`We did it, I helped. ${words(144)}`) }), []);
    expect(weAction).toMatchObject({ action: { singular: 1, plural: 1 }, actionOwned: true });
    const mostlyWe = checkStory(story({ action: part(`We did it, we won, I helped. ${words(142)}`) }), []);
    expect(mostlyWe).toMatchObject({ actionOwned: false, needsWork: ['action'], ready: false });
    const nobody = checkStory(story({ action: part(words(150)) }), []);
    expect(nobody).toMatchObject({ action: { singular: 0, plural: 0 }, actionOwned: false });
    expect(checkStory(story({ situation: part(words(400)) }), [])).toMatchObject({
      timing: 'long',
      needsWork: ['time'],
    });
  });

  it('follows the config it is given', () => {
    const strict: StoryCheckConfig = { ...STORY_CHECK, minSingularShare: 0.8 };
    expect(checkStory(story(), [], strict).actionOwned).toBe(false);
    expect(checkStory(story(), [], { ...STORY_CHECK, wordsPerMinute: 300 }).timing).toBe('short');
  });
});
