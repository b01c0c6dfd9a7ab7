import { describe, expect, it } from 'vitest';
import { packageOf } from '../../scripts/lib/mainBundle.mts';

describe("packageOf (the bench's main bundle by package)", () => {
  it('names the package of a module in node_modules, scoped or not', () => {
    expect(packageOf('./node_modules/react-dom/cjs/react-dom.production.min.js')).toBe('react-dom');
    expect(packageOf('./node_modules/@docusaurus/core/lib/client/App.js')).toBe('@docusaurus/core');
    // The stock template's node_modules is a link to this site's, so its paths climb out of its folder.
    expect(packageOf('./../../work/main/node_modules/@docusaurus/theme-common/lib/index.js')).toBe(
      '@docusaurus/theme-common',
    );
  });

  it("names the site's own folder and generated code", () => {
    expect(packageOf('./src/clientModules/offlineCopy.ts')).toBe('src/clientModules');
    expect(packageOf('./.docusaurus/routes.js + 3 modules (concatenated)')).toBe('.docusaurus');
    expect(packageOf('./.docusaurus/registry.js')).toBe('.docusaurus');
  });

  it('names a concatenated module by its own path, not the module it was joined into', () => {
    const outer = './node_modules/@docusaurus/core/lib/client/docusaurusContext.js + 3 modules (concatenated)';
    expect(packageOf(`${outer}/.docusaurus/globalData.json`)).toBe('.docusaurus');
    expect(packageOf(`${outer}/node_modules/@docusaurus/core/lib/client/docusaurusContext.js + 3 modules`)).toBe(
      '@docusaurus/core',
    );
  });
});
