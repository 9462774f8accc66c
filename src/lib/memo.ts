/**
 * Runs a computation over the whole corpus once and shares it with every page, so whatever is
 * derived from all the content is computed once, not once per page.
 *
 * In a build the content never changes: the first call's promise serves every page. During
 * `astro dev` content can change between requests, so each call reads the content again (cheap)
 * and names its version; the computation runs again only when the version differs from the last
 * one, so a page after an edit sees the edit and the pages between edits share one result.
 */
export function oncePerContent<Content, T>(
  read: () => Promise<Content>,
  versionOf: (content: Content) => string,
  compute: (content: Content) => Promise<T>,
): () => Promise<T> {
  let pending: Promise<T> | undefined;
  let last: { readonly version: string; readonly result: Promise<T> } | undefined;
  return () => {
    if (!import.meta.env.DEV) {
      pending ??= read().then(compute);
      return pending;
    }
    return read().then((content) => {
      const version = versionOf(content);
      if (last?.version !== version) last = { version, result: compute(content) };
      return last.result;
    });
  };
}
