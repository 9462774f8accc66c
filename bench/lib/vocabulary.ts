/**
 * Word lists for synthetic paper notes. They mimic the seeds' subject matter so the search index
 * sees a realistic mix of frequent terms (model, training) and rare ones (method names, numbers).
 */

export const FIRST_NAMES = [
  'Wei', 'Yuxiang', 'Olivier', 'Jade', 'Quentin', 'Lingming', 'Daniel', 'Gabriel', 'Rishabh', 'Sida', 'Lucy', 'Tim',
  'Conor', 'Laurence', 'Chenggang', 'Liang', 'Jiashi', 'Zhean', 'Minji', 'Seojun', 'Jiwoo', 'Hyunwoo', 'Sora', 'Haruto',
  'Yuki', 'Aarav', 'Priya', 'Rohan', 'Ananya', 'Mateo', 'Sofia', 'Lucas', 'Emma', 'Noah', 'Olivia', 'Liam', 'Ava',
  'Ethan', 'Mia', 'Amir', 'Leila', 'Omar', 'Fatima', 'Ivan', 'Olga', 'Dmitri', 'Katarina', 'Lars', 'Ingrid', 'Pierre',
  'Camille', 'Jonas', 'Lena', 'Marco', 'Giulia', 'Tomás', 'Ana', 'Kwame', 'Ama', 'Chidi', 'Ngozi', 'Xin', 'Hao', 'Jie',
  'Ming', 'Yan', 'Zhi', 'Bo', 'Rui', 'Tao', 'Kai', 'Jun', 'Hyejin', 'Dongmin', 'Sanghyuk', 'Eunji', 'Taeyang', 'Nadia',
  'Samuel', 'Rachel', 'David', 'Sarah', 'Michael', 'Laura', 'Andrew', 'Julia', 'Chris', 'Hannah', 'Peter', 'Alice',
];

export const LAST_NAMES = [
  'Wei', 'Duchenne', 'Copet', 'Carbonneaux', 'Zhang', 'Fried', 'Synnaeve', 'Singh', 'Wang', 'Farnik', 'Lawson',
  'Houghton', 'Aitchison', 'Zhao', 'Li', 'Xu', 'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim',
  'Tanaka', 'Suzuki', 'Sato', 'Patel', 'Sharma', 'Gupta', 'Reddy', 'Garcia', 'Martinez', 'Rodriguez', 'Silva', 'Santos',
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Dubois', 'Martin', 'Bernard', 'Rossi', 'Russo', 'Bianchi', 'Novak',
  'Ivanov', 'Petrov', 'Smirnov', 'Nielsen', 'Hansen', 'Johansson', 'Andersson', 'Okafor', 'Mensah', 'Chen', 'Liu', 'Yang',
  'Huang', 'Wu', 'Zhou', 'Sun', 'Ma', 'Hu', 'Guo', 'He', 'Lin', 'Luo', 'Gao', 'Smith', 'Johnson', 'Brown', 'Jones',
  'Miller', 'Davis', 'Wilson', 'Taylor', 'Anderson', 'Thomas', 'Moore', 'Jackson', 'White', 'Harris', 'Clark', 'Lewis',
  "O'Brien", 'van der Berg', 'de la Cruz', 'Nguyen', 'Tran', 'Pham', 'Hoang', 'Yilmaz', 'Kaya', 'Haddad', 'Khoury',
];

/** Organisations as a daily page shows them: `handle Display Name`. */
export const ORGANISATIONS: readonly (readonly [string, string])[] = [
  ['deepseek-ai', 'DeepSeek'], ['Qwen', 'Qwen'], ['google', 'Google'], ['meta-llama', 'Meta Llama'], ['facebook', 'AI at Meta'],
  ['microsoft', 'Microsoft'], ['nvidia', 'NVIDIA'], ['allenai', 'Ai2'], ['mistralai', 'Mistral AI'], ['huggingface', 'Hugging Face'],
  ['openbmb', 'OpenBMB'], ['THUDM', 'Z.ai & THUKEG'], ['moonshotai', 'Moonshot AI'], ['MiniMaxAI', 'MiniMax'], ['apple', 'Apple'],
  ['amazon', 'Amazon'], ['ibm-granite', 'IBM Granite'], ['Salesforce', 'Salesforce'], ['stanford-crfm', 'Stanford CRFM'],
  ['naver-ai', 'NAVER AI Lab'], ['LGAI-EXAONE', 'LG AI Research'], ['kakaocorp', 'Kakao Corp.'], ['upstage', 'upstage'],
];

export const TEAMS = ['Qwen Team', 'DeepSeek-AI', 'Gemma Team', 'Llama Team', 'Kimi Team', 'EXAONE Team', 'MiniMax'];

/** Hashtags as the digest writes them. */
export const HASHTAGS = [
  'reasoning', 'rl', 'code', 'efficiency', 'mechanistic-interpretation', 'moe', 'quantization', 'kv-cache', 'long-context',
  'alignment', 'safety', 'agent', 'multimodal', 'vision', 'diffusion', 'pretraining', 'scaling', 'dataset', 'benchmark',
  'optimizer', 'tokenizer', 'architecture', 'inference', 'distillation', 'retrieval', 'evaluation', 'synthetic-data',
  'speech', 'robotics', 'theory', 'attention', 'state-space', 'compression', 'serving', 'math', 'korean', 'llm',
];

/** Blog tag page headings. */
export const BLOG_TAGS = ['ml', 'llm', 'systems', 'interpretability', 'training', 'inference', 'agents', 'evals'];

/** Syllables for method names like `SynLogic` or `ReaLHF`. */
export const NAME_PARTS = [
  'Syn', 'Logic', 'Flash', 'Mega', 'Deep', 'Seek', 'Light', 'Spark', 'Hyper', 'Mono', 'Poly', 'Quant', 'Sparse', 'Fusion',
  'Star', 'Coder', 'Math', 'Reason', 'Vision', 'Sonic', 'Nova', 'Atlas', 'Orca', 'Falcon', 'Phoenix', 'Helix', 'Prism',
  'Echo', 'Pulse', 'Orbit', 'Vortex', 'Tensor', 'Graph', 'Flow', 'Wave', 'Block', 'Token', 'Route', 'Gate', 'Mix',
  'Fold', 'Loop', 'Chain', 'Tree', 'Forge', 'Scout', 'Pilot', 'Sage', 'Muse', 'Lumen', 'Kite', 'Raven', 'Lynx', 'Koala',
  'Otter', 'Panda', 'Zebra', 'Tiger', 'Cobra', 'Mamba', 'Hydra', 'Titan', 'Aurora', 'Zen', 'Apex', 'Core', 'Edge', 'Shift',
];

export const SIZES = ['0.5B', '1.5B', '3B', '7B', '8B', '13B', '14B', '32B', '70B', '72B', '236B', '671B'];

export const BENCHMARKS = [
  'MMLU', 'GSM8K', 'MATH-500', 'AIME 2024', 'HumanEval', 'MBPP', 'LiveCodeBench', 'SWE-bench Verified', 'GPQA Diamond',
  'ARC-Challenge', 'HellaSwag', 'BBH', 'BBEH', 'LongBench', 'RULER', 'Needle-in-a-Haystack', 'MT-Bench', 'AlpacaEval 2.0',
  'Arena-Hard', 'IFEval', 'MMMU', 'MathVista', 'DocVQA', 'ChartQA', 'ImageNet', 'COCO', 'KMMLU', 'HAE-RAE', 'CLIcK',
];

export const TOPIC_PHRASES = [
  'KV cache compression', 'KV cache eviction', 'mixture-of-experts routing', 'test-time scaling', 'chain-of-thought reasoning',
  'reinforcement learning from human feedback', 'reward models', 'speculative decoding', 'FP8 quantization',
  'low-bit quantization', 'sparse autoencoders', 'mechanistic interpretability', 'long-context modelling',
  'linear attention', 'state-space models', 'diffusion models', 'flow matching', 'vision-language models',
  'tool use', 'autonomous agents', 'code generation', 'software engineering agents', 'synthetic data generation',
  'data curation', 'scaling laws', 'pretraining data mixtures', 'tokenizer design', 'retrieval-augmented generation',
  'dense embeddings', 'preference optimisation', 'policy optimization', 'knowledge distillation', 'structured pruning',
  'distributed training', 'pipeline parallelism', 'expert parallelism', 'mixed-precision training', 'Muon optimizer',
  'second-order optimizers', 'learning-rate schedules', 'jailbreak robustness', 'red-teaming', 'alignment faking',
  'multilingual evaluation', 'Korean language understanding', 'speech recognition', 'video generation', 'image editing',
];

export const ADJECTIVES = [
  'novel', 'simple', 'scalable', 'efficient', 'lightweight', 'principled', 'unified', 'modular', 'robust', 'adaptive',
  'hierarchical', 'sparse', 'dense', 'fine-grained', 'training-free', 'plug-and-play', 'end-to-end', 'data-efficient',
  'memory-efficient', 'theoretically grounded', 'open-source', 'general-purpose', 'verifiable', 'interpretable',
];

export const NOUNS = [
  'framework', 'method', 'approach', 'architecture', 'objective', 'algorithm', 'benchmark', 'dataset', 'pipeline',
  'recipe', 'model family', 'training scheme', 'decoding strategy', 'evaluation protocol', 'kernel', 'scheduler',
  'reward model', 'router', 'tokenizer', 'retriever', 'verifier', 'curriculum', 'compression scheme', 'attention variant',
];

export const VERBS = [
  'improves', 'reduces', 'accelerates', 'stabilises', 'generalises', 'outperforms', 'matches', 'simplifies', 'extends',
  'decomposes', 'unifies', 'rethinks', 'revisits', 'scales', 'compresses', 'aligns', 'verifies', 'predicts', 'allocates',
];

export const PROBLEMS = [
  'the quadratic cost of attention', 'the memory footprint of long inputs', 'reward hacking', 'catastrophic forgetting',
  'exposure bias', 'the lack of verifiable training data', 'load imbalance across experts', 'outliers in activations',
  'error accumulation in long chains of reasoning', 'the gap between open and proprietary models', 'hallucination',
  'the cost of human annotation', 'slow autoregressive decoding', 'training instability at scale', 'data contamination',
  'poor length generalisation', 'sycophancy', 'brittle tool calls', 'the scarcity of Korean instruction data',
];

export const METRICS = ['accuracy', 'pass@1', 'throughput', 'latency', 'perplexity', 'win rate', 'F1', 'exact match', 'memory use'];

/** Korean nouns for commentary; ENGLISH_NOUNS glosses them in the same order. */
export const KOREAN_NOUNS = [
  '모델', '학습', '추론', '데이터', '성능', '방법', '논문', '결과', '실험', '구조', '커널', '메모리', '효율', '토큰', '캐시',
  '보상', '정렬', '평가', '벤치마크', '압축', '양자화', '연산', '레이어', '어텐션', '전문가', '라우팅', '분해', '표현',
  '코드', '에이전트', '도구', '검색', '임베딩', '사전학습', '미세조정', '강화학습', '증류', '가지치기', '병렬화', '스케줄',
  '손실', '기울기', '최적화', '수렴', '일반화', '안정성', '한국어', '다국어', '이미지', '비디오', '음성', '합성 데이터',
];

export const KOREAN_PHRASES = [
  '{term}로 {noun}을 개선하는 아이디어.',
  '{term}를 사용한 {noun} 방법이군요.',
  '{noun}과 {noun2} 사이의 관계를 분석했네요.',
  '{term}가 {noun} 측면에서 꽤 효과적인 것 같습니다.',
  '흥미로운 점은 {term}만으로도 {noun}이 크게 좋아졌다는 것입니다.',
  '{noun} 비용을 줄이기 위해 {term}를 도입했습니다.',
  '결국 {noun}의 문제는 {noun2}에서 온다는 주장이군요.',
  '{term} 기반의 {noun} 분석. 결과가 꽤 설득력 있습니다.',
  '실험 규모는 작지만 {noun}에 대한 시사점이 있네요.',
  '{noun2}을 고정하고 {noun}만 바꿔 본 실험이 재미있습니다.',
  '코드와 가중치를 모두 공개했다는 점이 좋네요.',
  '{term}에 대한 후속 연구가 많이 나올 것 같습니다.',
];

export const ENGLISH_COMMENTS = [
  'An idea that improves {noun} with {term}.',
  'They use {term} for {noun}, which is a neat trick.',
  'The interesting part is that {term} alone gives a large gain in {noun}.',
  'To cut the cost of {noun}, they introduce {term}.',
  'In the end the claim is that the problem with {noun} comes from {noun2}.',
  'The experiments are small, but there are useful lessons about {noun}.',
  'Nice that both the code and the weights are released.',
  'I expect a lot of follow-up work on {term}.',
  'Reasoning RL using {term}. For the reward, they used string matching against the ground truth.',
  'A careful analysis of {noun} that holds up across {count} model sizes.',
];

/** English glosses of KOREAN_NOUNS, same order, for the English commentary beside it. */
export const ENGLISH_NOUNS = [
  'the model', 'training', 'inference', 'the data', 'performance', 'the method', 'the paper', 'the results', 'the experiments',
  'the architecture', 'the kernel', 'memory', 'efficiency', 'tokens', 'the cache', 'the reward', 'alignment', 'evaluation',
  'the benchmark', 'compression', 'quantization', 'compute', 'layers', 'attention', 'experts', 'routing', 'decomposition',
  'representations', 'code', 'agents', 'tools', 'retrieval', 'embeddings', 'pretraining', 'fine-tuning', 'reinforcement learning',
  'distillation', 'pruning', 'parallelism', 'the schedule', 'the loss', 'gradients', 'optimisation', 'convergence',
  'generalisation', 'stability', 'Korean', 'multilinguality', 'images', 'video', 'speech', 'synthetic data',
];

/**
 * Text a reader's notes really contain that would break a site which fed seed text to MDX, JSX or a
 * template: braces, tags, ESM keywords, dollar signs and backslashes.
 */
export const HAZARDS = [
  '{x}', '{props.title}', '<tag>', '<T>', '</div>', '<script>window.__benchInjected = true</script>', 'export const meta = {}',
  'import fs from "node:fs"', '$100', '$\\alpha$', '${HOME}', 'C:\\Users\\paper\\notes', '\\n', '\\\\', 'p<0.05', 'a < b > c',
  '<!-- comment -->', '`code`', '&amp;', '{{template}}', '{/* comment */}', '[link](javascript:alert(1))', '*not emphasis*',
];

export const POST_TOPICS = [
  'Optimizers and Hessians', 'Generative modelling in the latent space', 'Scalably solving assistance games', 'JEPA',
  'Pydantic Evals', 'Notes on KV cache eviction', 'Reading the DeepSeek-V3 report', 'What Muon actually does',
  'Speculative decoding in practice', 'Sparse autoencoders, one year on', 'Long context without the pain',
  'Why reward models overfit', 'Tokenizers matter more than you think', 'Evals I keep coming back to',
  'FP8 training notes', 'Agents that call tools', 'Scaling laws revisited', 'Distillation recipes', 'RL for reasoning',
];
