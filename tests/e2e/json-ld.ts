import type { Page } from '@playwright/test';

/** The fields of a paper page's schema.org JSON-LD that the tests read. */
export interface ScholarlyArticleJsonLd {
  '@type'?: string;
  headline?: string;
  datePublished?: string;
  abstract?: string;
  author?: { name: string }[];
}

export async function readJsonLd(page: Page): Promise<ScholarlyArticleJsonLd> {
  const text = await page.locator('script[type="application/ld+json"]').textContent();
  return JSON.parse(text ?? '{}') as ScholarlyArticleJsonLd;
}
