import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isBlank, readState, stateToSearch, withFilter, withQuery, withSort } from '../../src/client/search/url-state.ts';

const read = (search: string) => readState(new URLSearchParams(search));

describe('search URL state', () => {
  it('reads words, every filter and the order from the query string', () => {
    const state = read('?q=kv+cache&tag=quantization&tag=kv-cache&commentary=ko&layout=digest&source=003_x&sort=newest');
    assert.equal(state.query, 'kv cache');
    assert.deepEqual(state.filters, { tag: ['quantization', 'kv-cache'], source: ['003_x'], layout: ['digest'], commentary: ['ko'] });
    assert.equal(state.sort, 'newest');
  });

  it('ignores unknown parameters, empty values, repeats and unknown orders', () => {
    const state = read('?q=moe&tag=&tag=rl&tag=rl&sort=oldest&page=3');
    assert.deepEqual(state.filters.tag, ['rl']);
    assert.equal(state.sort, 'relevance');
    assert.equal(stateToSearch(state), '?q=moe&tag=rl');
  });

  it('writes equal states as equal URLs, whatever order the parameters came in', () => {
    const a = read('?sort=newest&tag=rl&q=moe&commentary=en');
    const b = read('?q=moe&commentary=en&sort=newest&tag=rl');
    assert.equal(stateToSearch(a), stateToSearch(b));
    assert.equal(stateToSearch(a), '?q=moe&tag=rl&commentary=en&sort=newest');
  });

  it('round-trips Korean words and characters that need escaping', () => {
    const state = withQuery(read(''), '컴파일된 바이너리 & <b>?#');
    assert.equal(read(stateToSearch(state)).query, '컴파일된 바이너리 & <b>?#');
  });

  it('adds and removes filter values without touching the others', () => {
    const start = read('?q=moe&tag=rl');
    const added = withFilter(start, 'tag', 'code', true);
    assert.deepEqual(added.filters.tag, ['rl', 'code']);
    assert.deepEqual(withFilter(added, 'tag', 'rl', false).filters.tag, ['code']);
    assert.deepEqual(withFilter(added, 'tag', 'code', true).filters.tag, ['rl', 'code']);
    assert.deepEqual(start.filters.tag, ['rl']);
  });

  it('treats a search with neither words nor filters as blank, and filters alone as a search', () => {
    assert.equal(isBlank(read('?q=++')), true);
    assert.equal(stateToSearch(read('?q=++')), '');
    assert.equal(isBlank(read('?tag=rl')), false);
    assert.equal(isBlank(withSort(read(''), 'newest')), true);
  });
});
