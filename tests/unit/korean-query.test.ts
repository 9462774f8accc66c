import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchTerms } from '../../src/client/search/korean-query.ts';

describe('Korean query words', () => {
  it('lose a trailing particle, so every form of the word matches', () => {
    assert.equal(searchTerms('논문을'), '논문');
    assert.equal(searchTerms('데이터가 모델에서는'), '데이터 모델');
    assert.equal(searchTerms('LLM을 학습으로'), 'LLM 학습');
  });

  it('keep short words whose last syllable only looks like a particle', () => {
    assert.equal(searchTerms('차이 결과 속도 정의'), '차이 결과 속도 정의');
  });

  it('leave other words, spacing and quoted phrases as typed', () => {
    assert.equal(searchTerms('kv cache  커널'), 'kv cache  커널');
    assert.equal(searchTerms('"논문을 읽는다"'), '"논문을 읽는다"');
    assert.equal(searchTerms(''), '');
  });
});
