/**
 * Registers a custom element unless the tag is already taken.
 *
 * A CMS page can include the bundle twice, or two versions of it; throwing
 * `NotSupportedError` there would break every widget after the first script, so a
 * repeat registration is a no-op with a console warning instead.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): boolean {
  // Guard for SSR / Node imports: registering needs a DOM.
  if (typeof customElements === 'undefined') return false;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) {
      console.warn(
        `<${tag}> is already defined by another copy of myanmar-ties (or another library); ` +
          `keeping the first definition. Load the script once, or register the class under ` +
          `your own tag name with customElements.define().`,
      );
    }
    return false;
  }
  customElements.define(tag, ctor);
  return true;
}
