/**
 * The marks several places find in a page, in one home as theme-common's `ThemeClassNames` are:
 * the components that set them, the client modules, the search plugin's settings and the tests
 * read them from here. (`src/css/custom.css` writes `[role='toolbar']` itself: CSS cannot import.)
 */

/** A STAR section's `<details>` (src/components/StarSection), `data-star-section="<part>"`. */
export const STAR_SECTION_ATTRIBUTE = 'data-star-section';
/** Every STAR section. */
export const STAR_SECTION = `details[${STAR_SECTION_ATTRIBUTE}]`;
/** The STAR section of one part, e.g. `situation`. */
export const starSection = (part: string): string => `details[${STAR_SECTION_ATTRIBUTE}="${part}"]`;

/** The box holding a diagram's drawing, its `<svg>` (src/components/Diagram). */
export const DIAGRAM_SVG_ATTRIBUTE = 'data-diagram-svg';
export const DIAGRAM_SVG = `[${DIAGRAM_SVG_ATTRIBUTE}]`;

/** A row of buttons (a story's, a diagram's): not text to index, search or print. */
export const TOOLBAR = '[role="toolbar"]';
