import { isRunnableDevEnvironment, type ViteDevServer } from 'vite';

/**
 * When the content layer has new content under `astro dev`, Astro invalidates the content module
 * in the page environments and sends them this event, on which they empty their route caches
 * (astro/dist/content/vite-plugin-content-virtual-mod.js, `invalidateDataStore`). It does so as
 * soon as its data store has written the new content, not when the file watcher reports that
 * write: the watcher reports it later on a busy machine, and can miss the rename that commits
 * it. The site's dev steps take the same moment as their signal, from that event.
 */
export const CONTENT_CHANGED = 'astro:content-changed';

/** The server environments that render pages and keep the route cache. */
const PAGE_ENVIRONMENTS = ['ssr', 'prerender'] as const;

type Server = Pick<ViteDevServer, 'environments'>;

interface Watch {
  readonly listeners: Set<() => void>;
  /** Told when the content module was read again (reloadContentModule), which is no announced change. */
  readonly reloadListeners: Set<() => void>;
  /** Set while the site sends the event itself, which is no content change. */
  ownSend: boolean;
}

const watches = new WeakMap<Server['environments'], Watch>();

/** Observes the event on its way out of each page environment's channel, once per dev server. */
function watchOf(server: Server): Watch {
  const known = watches.get(server.environments);
  if (known) return known;
  const watch: Watch = { listeners: new Set(), reloadListeners: new Set(), ownSend: false };
  for (const name of PAGE_ENVIRONMENTS) {
    const hot = server.environments[name]?.hot;
    if (!hot) continue;
    const send: (...args: unknown[]) => void = hot.send.bind(hot);
    hot.send = (...args: unknown[]) => {
      send(...args);
      if (!watch.ownSend && args[0] === CONTENT_CHANGED) for (const listener of watch.listeners) listener();
    };
  }
  watches.set(server.environments, watch);
  return watch;
}

/** Calls `listener` whenever Astro announces new content, once per page environment. */
export function onContentChanged(server: Server, listener: () => void): void {
  watchOf(server).listeners.add(listener);
}

/** Astro's module of the content, which reads its data store file (astro/dist/content/consts.js). */
export const CONTENT_MODULE_ID = '\0astro:data-layer-content';

/**
 * Has the page environments read the content module again, from the data store file as it is now,
 * as Astro does on new content. An import of it that read the file before a change and ended
 * after Astro's invalidation can leave the old content in place until the next change.
 */
export function reloadContentModule(server: Server): void {
  const { reloadListeners } = watchOf(server);
  for (const name of PAGE_ENVIRONMENTS) {
    const environment = server.environments[name];
    if (!environment) continue;
    const module = environment.moduleGraph.getModuleById(CONTENT_MODULE_ID);
    if (module) environment.moduleGraph.invalidateModule(module);
    if (!isRunnableDevEnvironment(environment)) continue;
    const { evaluatedModules } = environment.runner;
    const evaluated = evaluatedModules.getModuleById(CONTENT_MODULE_ID);
    if (evaluated) evaluatedModules.invalidateModule(evaluated);
  }
  for (const listener of reloadListeners) listener();
}

/**
 * Calls `listener` after the content module was read again: what was built from it just before (the
 * dev search index) may hold the old content.
 */
export function onContentReloaded(server: Server, listener: () => void): void {
  watchOf(server).reloadListeners.add(listener);
}

/** Empties the page environments' route caches, as Astro does on new content, without announcing a change. */
export function clearRouteCaches(server: Server): void {
  const watch = watchOf(server);
  watch.ownSend = true;
  try {
    for (const name of PAGE_ENVIRONMENTS) server.environments[name]?.hot.send(CONTENT_CHANGED, {});
  } finally {
    watch.ownSend = false;
  }
}
