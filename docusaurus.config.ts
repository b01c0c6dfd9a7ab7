import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import storyCatalogPlugin from './plugins/story-catalog';
import appIconsPlugin from './plugins/app-icons';
import robotsPlugin from './plugins/robots';
import searchIndexTheme from './plugins/search-index';
import practiceDeckPlugin from './plugins/practice-deck';
import guidePlugin from './plugins/guide';
import diagramsPlugin from './plugins/diagrams';
import linksPlugin from './plugins/links';
import htmlRenderFlagPlugin from './plugins/html-render-flag';
import pageAddressesPlugin from './plugins/page-addresses';
import codeHighlightingPlugin from './plugins/code-highlighting';
import remarkDiagrams from './plugins/diagrams/remark';
import { MERMAID_OPTIONS, MERMAID_THEMES } from './plugins/diagrams/settings';
import { DIAGRAM_SVG, TOOLBAR } from './src/lib/pageMarkers';
import { SITE_PARTS } from './src/lib/guide/sections';

const { overview, principles, breadth, depth, stories, toPrepare } = SITE_PARTS;
const footerLink = ({ route, label }: { route: string; label: string }) => ({ label, to: route });
import remarkLocalizedText from './plugins/localized-text/remark';
import remarkTocEntries from './plugins/toc-entries/remark';
import { parseFrontMatter } from './plugins/front-matter';
import { offlineManifest } from './plugins/offline/precache';
import contentSecurityPolicyPlugin from './plugins/content-security-policy';

// Deploy targets set these (GitHub Pages, S3 + CloudFront); local builds use the defaults.
const siteUrl = process.env.SITE_URL ?? 'https://dla-prep.example.com';
const baseUrl = process.env.BASE_URL ?? '/';
// Diagrams are drawn at build time (plugins/diagrams); only the dev server draws a new or
// edited one in the browser with theme-mermaid, so readers never download Mermaid.
const devServer = process.env.NODE_ENV !== 'production';
// A prep guide is usually private: search engines are kept out unless this is set.
const allowIndexing = process.env.ALLOW_INDEXING === 'true';

const tagline =
  'An AWS Principal Data Lab Architect interview guide: overview, principles, breadth, depth and STAR stories.';

const config: Config = {
  title: 'DLA Onsite Prep',
  tagline,
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,
  // Drawings are also served as files, for pages reached by client-side navigation.
  staticDirectories: ['static', 'diagram-cache'],
  // One link checker, which names the source file and line: plugins/links.
  onBrokenLinks: 'ignore',
  onBrokenAnchors: 'ignore',
  onDuplicateRoutes: 'throw',
  future: { v4: true },
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'zh-Hans'],
    localeConfigs: {
      en: { label: 'English', htmlLang: 'en' },
      'zh-Hans': { label: '简体中文', htmlLang: 'zh-Hans' },
    },
  },
  markdown: {
    mermaid: devServer,
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
    parseFrontMatter,
    // Keeps `{#custom-id}` headings, so anchors are the same in every locale.
    mdx1Compat: { comments: true, admonitions: true, headingIds: true },
  },
  plugins: [
    storyCatalogPlugin,
    appIconsPlugin,
    diagramsPlugin,
    // Broken links and anchors named by source file and line, before Docusaurus' own check.
    linksPlugin,
    // Two pages at one address named by both sources, before Docusaurus' own check.
    pageAddressesPlugin,
    robotsPlugin({ allowIndexing }),
    practiceDeckPlugin,
    guidePlugin,
    codeHighlightingPlugin,
    htmlRenderFlagPlugin,
    // Before plugin-pwa: the pages get their policy before the offline copy versions them.
    contentSecurityPolicyPlugin,
    [
      '@docusaurus/plugin-pwa',
      {
        // The site registers the worker itself, only when the reader wants the offline copy
        // (src/clientModules/offlineCopy.ts); the worker then precaches what reading needs.
        swRegister: false,
        swCustom: require.resolve('./src/sw/offlineNavigation.js'),
        injectManifestConfig: { manifestTransforms: [offlineManifest] },
        pwaHead: [
          { tagName: 'link', rel: 'icon', href: '/img/logo.svg' },
          { tagName: 'link', rel: 'manifest', href: '/manifest.json' },
          { tagName: 'meta', name: 'theme-color', content: '#0b62b8' },
          { tagName: 'link', rel: 'apple-touch-icon', href: '/img/icon-192.png' },
        ],
      },
    ],
  ],
  clientModules: [
    './src/clientModules/printLinks.ts',
    './src/clientModules/offlineCopy.ts',
    './src/clientModules/searchLanding.ts',
    './src/clientModules/idlePrefetch.ts',
  ],
  themes: [
    ...(devServer ? ['@docusaurus/theme-mermaid'] : []),
    [
      searchIndexTheme,
      {
        hashed: true,
        language: ['en', 'zh'],
        docsRouteBasePath: '/',
        indexBlog: false,
        indexPages: true,
        // Its highlighting puts the words in the URL; src/clientModules/searchLanding.ts marks them instead.
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
        searchBarShortcutHint: true,
        // Pages carry `noindex` for web crawlers, not for the site's own search.
        forceIgnoreNoIndex: true,
        // Toolbars, and diagram drawings (their title is the caption beside them).
        ignoreCssSelectors: [TOOLBAR, DIAGRAM_SVG],
      },
    ],
  ],
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          tags: 'tags.yml',
          onInlineTags: 'throw',
          showLastUpdateTime: false,
          // `:::note` is text, on the page as in the author's guide, which has no form for a callout
          // (src/theme/Admonition leaves the theme's out of every page).
          admonitions: false,
          beforeDefaultRemarkPlugins: [remarkLocalizedText, remarkDiagrams],
          // After Docusaurus' own: adds to the table of contents it writes from the headings.
          remarkPlugins: [remarkTocEntries],
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
        sitemap: { changefreq: 'weekly', priority: 0.5 },
      } satisfies Preset.Options,
    ],
  ],
  themeConfig: {
    image: 'img/social-card.png',
    // Defaults for pages without their own (search, tag lists); a page's own description wins.
    metadata: [
      { name: 'keywords', content: 'AWS, Data Lab Architect, interview, STAR, Leadership Principles' },
      { name: 'description', content: tagline },
      { property: 'og:description', content: tagline },
    ],
    colorMode: { respectPrefersColorScheme: true },
    docs: { sidebar: { hideable: true } },
    navbar: {
      title: 'DLA Onsite Prep',
      logo: { alt: 'DLA Onsite Prep logo', src: 'img/logo.svg' },
      items: [
        // Plain links: `type: 'doc'` items share one sidebar, so the first would look active everywhere.
        ...Object.values(SITE_PARTS).flatMap(({ route, navbar }) =>
          navbar ? [{ to: route, label: navbar, position: 'left' as const, activeBaseRegex: `${route}(/|$)` }] : [],
        ),
        { type: 'localeDropdown', position: 'right' },
        { type: 'search', position: 'right' },
        { type: 'custom-offline', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        { title: 'Guide', items: [overview, principles, toPrepare].map(footerLink) },
        { title: 'Preparation', items: [breadth, depth, stories].map(footerLink) },
      ],
      copyright: 'A personal interview-prep guide. Not affiliated with Amazon Web Services.',
    },
    prism: { theme: prismThemes.oneLight, darkTheme: prismThemes.oneDark },
    // The dev server's drawings (the build draws its own, plugins/diagrams), with the build's settings.
    mermaid: { theme: MERMAID_THEMES, options: MERMAID_OPTIONS },
  } satisfies Preset.ThemeConfig,
};

export default config;
