/**
 * Before printing, an external link whose text is not its own address gets the address
 * printed after it (see `a[data-print-href]` in custom.css): paper has no hover.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

export function markExternalLinksForPrint(root: ParentNode = document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('article a[href^="http"]')) {
    const text = link.textContent?.trim() ?? '';
    if (text !== link.href && text !== link.getAttribute('href')) link.dataset.printHref = link.href;
  }
}

if (ExecutionEnvironment.canUseDOM) {
  window.addEventListener('beforeprint', () => markExternalLinksForPrint());
}
