import type { Page } from '@playwright/test';

/**
 * Queries a reader would type, with the pages that should come first. A page is named by its slug
 * when one page is the answer, or by what its title says when any page about the subject will do;
 * titles come from the dumps, so the expectations hold whatever the taxonomy or the ranking.
 */
export interface RelevanceCase {
  readonly query: string;
  readonly kind: 'english' | 'korean' | 'author' | 'model' | 'typo' | 'phrase';
  /** Result paths (`/papers/deepgemm/`) that answer the query. */
  readonly paths?: readonly string[];
  /** Or: a result answers the query when its title matches. */
  readonly title?: RegExp;
}

const paper = (slug: string) => `/papers/${slug}/`;
const post = (slug: string) => `/posts/${slug}/`;

export const RELEVANCE_SET: readonly RelevanceCase[] = [
  // English: a subject, answered by the pages named after it rather than those mentioning it.
  { query: 'DeepGEMM', kind: 'english', paths: [paper('deepgemm')] },
  { query: 'PagedAttention', kind: 'english', title: /pagedattention/iu },
  { query: 'speculative decoding', kind: 'english', title: /speculative decoding/iu },
  { query: 'kv cache compression', kind: 'english', title: /kv[- ]cache compression/iu },
  { query: 'sparse autoencoders', kind: 'english', title: /sparse autoencoder/iu },
  { query: 'continual learning', kind: 'english', title: /continual/iu },
  { query: 'checkpointing', kind: 'english', title: /checkpointing/iu },
  { query: 'decompile', kind: 'english', title: /decompil/iu },
  { query: 'flow matching', kind: 'english', paths: [post('flow-matching')] },
  { query: 'muon optimizer', kind: 'english', paths: [post('muon-optimizer')] },
  { query: 'mixed precision training', kind: 'english', paths: [paper('mixed-precision-training')] },
  { query: 'memory wall', kind: 'english', title: /memory wall/iu },
  { query: 'neural turing machines', kind: 'english', paths: [paper('neural-turing-machines')] },
  { query: 'grouped gemm', kind: 'english', paths: [post('grouped-gemms-and-moe')] },
  { query: 'hessian', kind: 'english', title: /hessian/iu },
  { query: 'test-time scaling', kind: 'english', title: /test-time (scaling|comput)/iu },
  { query: 'RLHF', kind: 'english', title: /rlhf/iu },
  { query: 'ping-pong kernels', kind: 'english', paths: [post('ping-pong-kernels-on-hopper')] },
  { query: 'byte latent transformer', kind: 'english', paths: [post('byte-latent-transformers')] },
  { query: 'train your draft', kind: 'english', title: /train your draft/iu },
  { query: 'lossless compression', kind: 'english', title: /lossless compression/iu },
  { query: 'R1-Zero', kind: 'model', paths: [post('understanding-r1-zero-like-training')] },
  // Model and system names.
  { query: 'Qwen2', kind: 'model', title: /\bqwen2\b/iu },
  { query: 'DeepSeek-V3', kind: 'model', title: /deepseek-v3/iu },
  { query: 'StarCoder', kind: 'model', title: /starcoder/iu },
  { query: 'MiniMax-M1', kind: 'model', title: /minimax-m1/iu },
  { query: 'Phi-4-Mini', kind: 'model', title: /phi-4-mini/iu },
  { query: 'FlashDecoding', kind: 'model', title: /flashdecoding/iu },
  { query: 'SGLang', kind: 'model', title: /sglang/iu },
  { query: 'ThunderKittens', kind: 'model', title: /thunderkittens/iu },
  // Authors and organisations, which appear only in the facts under a title.
  { query: 'Chenggang Zhao', kind: 'author', paths: [paper('deepgemm')] },
  { query: 'Yuxiang Wei', kind: 'author', title: /^SWE-RL/u },
  { query: 'Lucy Farnik', kind: 'author', title: /jacobian sparse autoencoders/iu },
  { query: 'InstaDeep', kind: 'author', title: /peptide sequencing/iu },
  // Korean: topic names reach English papers, Korean commentary is searchable, particles do not matter.
  { query: '양자화', kind: 'korean', title: /quantiz/iu },
  { query: '양자화를', kind: 'korean', title: /quantiz/iu },
  { query: '강화학습', kind: 'korean', title: /reinforcement learning|\bRL(HF)?\b/iu },
  { query: '전문가 혼합', kind: 'korean', title: /mixture[- ]of[- ]experts|\bMoEs?\b/iu },
  // 추론 is both reasoning and inference.
  { query: '추론', kind: 'korean', title: /reason|inference/iu },
  { query: 'KV 캐시', kind: 'korean', title: /\bKV\b/u },
  { query: '커널', kind: 'korean', paths: [paper('deepgemm')] },
  { query: '에이전트', kind: 'korean', title: /agent/iu },
  { query: '멀티모달', kind: 'korean', title: /multi-?modal|vision|\bVL/iu },
  { query: '긴 문맥', kind: 'korean', title: /long[- ]context|long sequence|1M/iu },
  { query: '컴파일된 바이너리', kind: 'korean', paths: [paper('deepgemm')] },
  // Typos: Pagefind matches words close to the typed ones.
  { query: 'quantizaton', kind: 'typo', title: /quantiz/iu },
  { query: 'speculatve decoding', kind: 'typo', title: /speculative/iu },
  // Phrases in quotes: the words together, in order.
  { query: '"compiled binary"', kind: 'phrase', paths: [paper('deepgemm')] },
  { query: '"sublinear memory"', kind: 'phrase', paths: [paper('training-deep-nets-with-sublinear-memory-cost')] },
];

/** How far down a result still counts; lower than this, the query failed. */
export const RANKS_CONSIDERED = 10;

export interface RankedResult {
  readonly path: string;
  readonly title: string;
}

/** The first results the search page shows for a query, as a reader sees them. */
export async function searchPageResults(page: Page, searchUrl: string): Promise<RankedResult[]> {
  await page.goto(searchUrl);
  const list = page.getByRole('list', { name: 'Search results' });
  await page
    .getByRole('main')
    .getByRole('status')
    .filter({ hasText: /^\d+ results?\b/u })
    .waitFor();
  await list.and(page.locator(':not([aria-busy="true"])')).waitFor({ state: 'attached' });
  const links = list.getByRole('heading', { level: 2 }).getByRole('link');
  const found = await links.evaluateAll((anchors) =>
    anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', title: anchor.textContent })),
  );
  return found.slice(0, RANKS_CONSIDERED).map(({ href, title }) => ({ path: new URL(href, 'http://site.invalid').pathname, title }));
}

/** 1-based rank of the first result that answers the case, or null. */
export function rankOf(testCase: RelevanceCase, results: readonly RankedResult[]): number | null {
  const index = results.findIndex(
    (result) => (testCase.paths?.includes(result.path) ?? false) || (testCase.title?.test(result.title) ?? false),
  );
  return index === -1 ? null : index + 1;
}
