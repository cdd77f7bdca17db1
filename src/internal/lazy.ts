/**
 * What a reader sees when a view's lazy code or geometry does not arrive (a one-file bundle
 * copied without its chunks/ folder, a flaky network): a plain sentence. The details, with
 * the module's URL, go to the console for the developer, never into the widget.
 */
export const VIEW_LOAD_FAILED = 'this view could not load';

export function viewLoadFailed(host: Element, what: string, error: unknown): string {
  console.error(
    `<${host.localName}>: the ${what} could not load. A one-file bundle (dist/${host.localName}.js) needs the dist/chunks/ folder beside it.`,
    error,
  );
  return VIEW_LOAD_FAILED;
}
