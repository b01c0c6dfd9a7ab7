import { describe, expect, it } from 'vitest';
import { readStoryText } from './storyText';

const FILE = `${process.cwd()}/docs/stories/example.mdx`;
const story = (body: string) => `---\ntitle: Example\n---\n\n<StarStory>\n${body}\n</StarStory>\n`;
const ALL_PARTS = `
<StarSection part="situation">
The **customer** ran \`Glue\` jobs.
</StarSection>

\`\`\`mermaid
flowchart LR
  A[We drew this] --> B
\`\`\`

<StarSection part="task" toPrepare="I am" />

<StarSection part="action">
1. I built it:
   - <En>
       We tested it.
     </En>
     <Zh>
       我们测试了.
     </Zh>
</StarSection>

<StarSection part="result">
It ran 300+ jobs.
</StarSection>`;

describe('a story’s STAR text', () => {
  it('is the text each locale shows, without markup or diagrams, one line per block', () => {
    const en = readStoryText(FILE, story(ALL_PARTS), 'en');
    expect(en).toEqual({
      situation: { text: 'The customer ran Glue jobs.', toPrepare: false },
      task: { text: '', toPrepare: true },
      action: { text: 'I built it:\nWe tested it.', toPrepare: false },
      result: { text: 'It ran 300+ jobs.', toPrepare: false },
    });
    expect(readStoryText(FILE, story(ALL_PARTS), 'zh-Hans').action.text).toBe('I built it:\n我们测试了.');
  });

  it('fails naming the file and line when a part is missing, repeated or unknown', () => {
    const withoutResult = ALL_PARTS.slice(0, ALL_PARTS.indexOf('<StarSection part="result">'));
    expect(() => readStoryText(FILE, story(withoutResult), 'en')).toThrow(
      /^docs\/stories\/example\.mdx: no <StarSection part="result">: expected all four STAR parts/,
    );
    const repeated = story(`${ALL_PARTS}\n\n<StarSection part="task">Again</StarSection>`);
    const line = repeated.split('\n').indexOf('<StarSection part="task">Again</StarSection>') + 1;
    expect(() => readStoryText(FILE, repeated, 'en')).toThrow(
      `docs/stories/example.mdx:${line}: a second <StarSection part="task">: expected each STAR part once.`,
    );
    expect(() => readStoryText(FILE, story('<StarSection part="outcome">Done</StarSection>'), 'en')).toThrow(
      /^docs\/stories\/example\.mdx:6: <StarSection> needs part=/,
    );
  });

  it('fails naming the file and line when the page is not valid MDX', () => {
    expect(() => readStoryText(FILE, story('<StarSection part="situation">\nText\n'), 'en')).toThrow(
      /^docs\/stories\/example\.mdx:\d+: the page cannot be read as MDX: /,
    );
  });
});
