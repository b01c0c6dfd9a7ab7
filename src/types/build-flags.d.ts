/** True while the static pages are rendered at build time, false in the browser (plugins/html-render-flag). */
declare const __RENDERING_HTML__: boolean;
