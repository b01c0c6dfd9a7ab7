import path from 'node:path';
import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';
import { guideSidebar } from './plugins/guide/sidebar';

// `__filename`, not `__dirname`: tsx gives ESM-loaded TypeScript a wrong `__dirname`.
const docsDir = path.join(path.dirname(__filename), 'docs');

/** One sidebar, its entries in plugins/guide/sidebar.ts. */
const sidebars: SidebarsConfig = { guide: guideSidebar(docsDir) };

export default sidebars;
