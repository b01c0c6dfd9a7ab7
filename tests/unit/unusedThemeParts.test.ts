/**
 * The theme parts the site leaves out render nothing while the site does not need them, and fail
 * the build, naming what to delete, once it does.
 */
import { describe, expect, it } from 'vitest';
import ContentVisibility from '../../src/theme/ContentVisibility';
import EditMetaRow from '../../src/theme/EditMetaRow';
import Admonition from '../../src/theme/Admonition';
import Details from '../../src/theme/Details';

const page = (frontMatter: { draft?: boolean; unlisted?: boolean }, unlisted = false) =>
  ({ metadata: { unlisted, frontMatter, source: '@site/docs/overview.mdx' } }) as Parameters<
    typeof ContentVisibility
  >[0];

describe('theme parts left out', () => {
  it('a listed, published page has no visibility banner', () => {
    expect(ContentVisibility(page({}))).toBeNull();
  });

  it.each([
    ['unlisted in front matter', page({ unlisted: true })],
    ['unlisted', page({}, true)],
    ['a draft', page({ draft: true })],
  ])('a page %s fails the build, naming the file and what to delete', (_, props) => {
    expect(() => ContentVisibility(props)).toThrow(
      "src/theme/ContentVisibility leaves the theme's ContentVisibility out, but the site now has a draft or unlisted page (@site/docs/overview.mdx): delete src/theme/ContentVisibility to get it back.",
    );
  });

  it('an edit link or a last-update date fails the build', () => {
    expect(() =>
      EditMetaRow({
        className: '',
        editUrl: 'https://example.com/edit',
        lastUpdatedAt: undefined,
        lastUpdatedBy: undefined,
      }),
    ).toThrow(/delete src\/theme\/EditMetaRow/);
  });
});

describe('admonitions', () => {
  it('fail the build if the site renders one', () => {
    expect(() => Admonition({ type: 'note', children: 'x' })).toThrow(/delete src\/theme\/Admonition/);
  });
});

describe('<details> in a page', () => {
  it('fails the build if the site renders one', () => {
    expect(() => Details({ summary: 'x', children: 'y' })).toThrow(
      "src/theme/Details leaves the theme's Details out, but the site now has a <details> block in a page: delete src/theme/Details to get it back.",
    );
  });
});
