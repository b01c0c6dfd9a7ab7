/**
 * What the site's bundles get for `prism-react-renderer`: a Prism instance with no languages,
 * for the classic theme's loader of `prism.additionalLanguages` (a client module of every page).
 * Nothing highlights code: the site's code block is plain text (src/theme/CodeBlock).
 */
export const Prism = { languages: {} as Record<string, unknown> };
