/**
 * The one script every page loads, bundled into one file: each part starts only where its markup is
 * on the page, and pulls in more (Pagefind, the results code, a preview) only on first use.
 */
import './preference-switches.ts';
import './search/header-search.ts';
import './search/highlight-terms.ts';
import './link-preview.ts';
