/**
 * Only http(s) and relative URLs may become an `href`: Lit escapes text but does
 * not vet URLs, and a `javascript:` link from data would run on click.
 */
export function safeHref(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  try {
    const base = typeof location !== 'undefined' ? location.href : 'https://example.invalid/';
    const parsed = new URL(url, base);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
