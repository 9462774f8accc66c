/**
 * Runs an async computation once per build and shares its promise with every page, so
 * whatever is derived from the whole corpus is computed once, not once per page. During
 * `astro dev` content can change between requests, so there it is computed afresh each time.
 */
export function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return compute();
    pending ??= compute();
    return pending;
  };
}
