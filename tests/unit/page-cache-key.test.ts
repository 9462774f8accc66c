/**
 * Cache keys of the incremental build (src/lib/page-views/page-cache-key.ts): a key changes with
 * anything its page shows, and its leading part, the page's own record, only with that record.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Catalog } from '../../src/lib/catalog.ts';
import { pageCacheKeys } from '../../src/lib/page-views/page-cache-key.ts';

const paper = (title: string) => ({ title, sources: ['a.txt'] });
/** A catalog with just what the keys read of one. */
const catalogOf = (papers: object[]) => ({ papers, posts: [], sources: [], notes: [] }) as unknown as Catalog;

describe('page cache keys', () => {
  it('lead with the own record’s digest, which changes with that record and not with what is listed beside it', () => {
    const own = paper('Own');
    const listed = paper('Listed');
    const keyOf = pageCacheKeys(catalogOf([own, listed]));
    const key = keyOf({ paper: own, related: [listed] }, own);
    const [ownPart, whole] = key.split('.');
    assert.ok(ownPart && whole);

    const renamed = paper('Listed, renamed');
    const moved = pageCacheKeys(catalogOf([own, renamed]))({ paper: own, related: [renamed] }, own);
    assert.notEqual(moved, key);
    assert.equal(moved.split('.')[0], ownPart);

    const edited = { ...own, sources: ['a.txt', 'b.txt'] };
    const renewed = pageCacheKeys(catalogOf([edited, listed]))({ paper: edited, related: [listed] }, edited);
    assert.notEqual(renewed.split('.')[0], ownPart);
  });

  it('have no leading part for a page without a record of its own', () => {
    assert.ok(!pageCacheKeys(catalogOf([]))({ moved: '/papers/old/' }).includes('.'));
  });
});
