import { describe, expect, it } from 'vitest';
import { inColourMode, withDarkColours } from './colourModes';

const drawing = (style: string, paint = '') =>
  `<svg id="d1" viewBox="0 0 10 10"><style>${style}</style><g><marker id="d1_end" class="marker"></marker></g>` +
  `${paint}<g class="node"><rect width="4" height="4"></rect><text>Label</text></g></svg>`;

const LIGHT_STYLE =
  '#d1{font-family:Arial;fill:#333;}@keyframes dash{to{stroke-dashoffset:0;}}#d1 .node rect,#d1 .node polygon{fill:#ECECFF;stroke:#9370DB;}#d1 .edge-thickness-normal{stroke-width:1px;}';
const DARK_STYLE =
  '#d1{font-family:Arial;fill:#ccc;}@keyframes dash{to{stroke-dashoffset:0;}}#d1 .node rect,#d1 .node polygon{fill:#1f2020;stroke:#ccc;}#d1 .edge-thickness-normal{stroke-width:1px;}#d1 [data-look="neo"].node rect{stroke:url(#d1-gradient);}';
const LIGHT = drawing(
  LIGHT_STYLE,
  '<defs><filter id="d1-shadow"><feDropShadow flood-color="#000000"></feDropShadow></filter></defs>',
);
const DARK = drawing(
  DARK_STYLE,
  '<defs><filter id="d1-shadow"><feDropShadow flood-color="#FFFFFF"></feDropShadow></filter></defs><linearGradient id="d1-gradient"><stop offset="0%"></stop></linearGradient>',
);

describe('withDarkColours', () => {
  const merged = withDarkColours(LIGHT, DARK);

  it('keeps the light drawing whole, once: one <svg>, its labels once', () => {
    expect(merged.startsWith(LIGHT.slice(0, LIGHT.indexOf('</style>') + '</style>'.length))).toBe(true);
    expect(merged.match(/<svg\b/g)).toHaveLength(1);
    expect(merged.match(/Label/g)).toHaveLength(1);
    expect(merged.endsWith(LIGHT.slice(LIGHT.indexOf('<g>')))).toBe(true);
  });

  it('adds only the dark rules that differ, scoped to the dark colour mode on screen', () => {
    const dark = /<\/style><style>([\s\S]*?)<\/style>/.exec(merged)![1];
    expect(dark).toContain(
      "@media screen{html[data-theme='dark'] #d1{font-family:Arial;fill:#ccc;}html[data-theme='dark'] #d1 .node rect,html[data-theme='dark'] #d1 .node polygon{fill:#1f2020;stroke:#ccc;}",
    );
    // Without JavaScript the page has no colour mode and is light: so is the drawing.
    expect(dark.match(/@media/g)).toHaveLength(1);
    expect(dark).not.toContain('prefers-color-scheme');
    expect(dark).not.toContain('edge-thickness-normal');
    expect(dark).not.toContain('@keyframes');
  });

  it('brings along a gradient only the dark rules use, renamed so it cannot clash', () => {
    expect(merged).toContain(
      'html[data-theme=\'dark\'] #d1 [data-look="neo"].node rect{stroke:url(#d1-gradient-dark);}',
    );
    expect(merged).toContain(
      '<defs><linearGradient id="d1-gradient-dark"><stop offset="0%"></stop></linearGradient></defs>',
    );
    // The filters differ but no rule uses them: the light ones stay, alone.
    expect(merged.match(/<filter /g)).toHaveLength(1);
  });

  it('refuses two drawings that differ in more than colour', () => {
    expect(() => withDarkColours(LIGHT, DARK.replace('width="4"', 'width="5"'))).toThrow(
      'the light and dark drawings differ in more than colour',
    );
  });

  it('refuses a dark rule that points at nothing', () => {
    expect(() => withDarkColours(LIGHT, DARK.replace(/<linearGradient[\s\S]*<\/linearGradient>/, ''))).toThrow(
      "the dark drawing's style points at a missing #d1-gradient",
    );
  });
});

describe('inColourMode', () => {
  const merged = withDarkColours(LIGHT, DARK);

  it('leaves a light file as the page has it', () => {
    expect(inColourMode(merged, 'light')).toBe(merged);
  });

  it('makes a dark file dark on its own, with no page around it', () => {
    const dark = inColourMode(merged, 'dark');
    expect(dark).not.toContain('data-theme');
    expect(dark).toContain('@media all{#d1{font-family:Arial;fill:#ccc;}');
  });

  it('reads the dark rules as a page’s HTML minifier leaves them (quotes and spaces dropped)', () => {
    const minified = merged.replaceAll("[data-theme='dark'] ", '[data-theme=dark] ');
    expect(minified).not.toBe(merged);
    expect(inColourMode(minified, 'dark')).toBe(inColourMode(merged, 'dark'));
  });
});
