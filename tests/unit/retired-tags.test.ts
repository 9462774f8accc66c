import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PUBLISHED_TAG_PAGES, RETIRED_TAGS } from '../../src/taxonomy/retired-tags.ts';
import { TOPICS } from '../../src/taxonomy/topics.ts';

describe('retired tags', () => {
  const topics = new Set(TOPICS.map((topic) => topic.tag));

  it('lead to topics that exist, and are not topics themselves', () => {
    for (const retired of RETIRED_TAGS) {
      assert.ok(!topics.has(retired.tag), `${retired.tag} is still a topic`);
      if (retired.successor.kind === 'topic') assert.ok(topics.has(retired.successor.tag), `${retired.tag} → ${retired.successor.tag}`);
      assert.match(retired.retired, /^\d{4}-\d{2}-\d{2}$/u);
      assert.ok(retired.reason.length > 20, retired.tag);
    }
    assert.equal(new Set(RETIRED_TAGS.map((retired) => retired.tag)).size, RETIRED_TAGS.length);
  });

  it('record later pages only of tags the site had', () => {
    const known = new Set([...topics, ...RETIRED_TAGS.map((retired) => retired.tag)]);
    for (const [tag, pages] of Object.entries(PUBLISHED_TAG_PAGES)) {
      assert.ok(known.has(tag), tag);
      assert.ok(Number.isInteger(pages) && pages >= 2, `${tag}: ${pages}`);
    }
  });
});
