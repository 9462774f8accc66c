/** Paths and names shared by the indexed pages, the header search box and the search page. */
import { BASE, routes } from '../lib/routes.ts';
import { ORDER_DIR } from './sort-order.ts';

export { BASE };

/** Where the build writes the Pagefind bundle (see src/integrations/pagefind.ts). */
export const PAGEFIND_BASE = `${BASE}pagefind/`;

/** Where the build writes the newest-first and most-upvoted orders (see src/integrations/sort-order.ts). */
export const ORDER_BASE = `${BASE}${ORDER_DIR}/`;

/** The search page; the header box submits to it. */
export const SEARCH_PAGE = routes.search();

/** URL parameter carrying the searched words to a result page, read by Pagefind's highlighter. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Class of the marks on a highlighted result page, styled in site.css. */
export const HIGHLIGHT_CLASS = 'pagefind-highlight';
