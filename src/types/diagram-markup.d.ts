/** Build-time diagram drawings by cache key; empty in the browser bundle (plugins/diagrams). */
declare module '@diagram-markup' {
  const markup: Record<string, string>;
  export default markup;
}
