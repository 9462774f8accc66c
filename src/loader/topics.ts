/**
 * The site's topic taxonomy. Dumps from Hugging Face carry no hashtags, so every paper also gets
 * topic tags matched on its title and abstract. Matching is by whole-word patterns only, so the
 * same text always yields the same topics. A paper that matches none gets `general`.
 */
export interface Topic {
  readonly tag: string;
  /** English name, as headings show it. */
  readonly label: string;
  /** Korean name, shown beside the English one and indexed for search so Korean queries reach English papers. */
  readonly labelKo: string;
  /** Other names readers and authors use (hashtag spellings, abbreviations, Korean terms). */
  readonly aliases: readonly string[];
  readonly description: string;
  readonly patterns: readonly RegExp[];
}

export const FALLBACK_TOPIC = 'general';

export const TOPICS: readonly Topic[] = [
  { tag: 'quantization', label: 'Quantization', labelKo: '양자화', aliases: ['quantisation', 'low-bit', '양자화'], description: 'Low-precision weights, activations and arithmetic (FP8, INT4, …).', patterns: [/\bquantiz/i, /\bFP8\b/, /\bFP4\b/, /\bINT[48]\b/, /\blow[- ]bit\b/i, /\bbinar(y|ized) (weights|networks)\b/i] },
  { tag: 'kv-cache', label: 'KV cache', labelKo: 'KV 캐시', aliases: ['kv cache', 'KV 캐시'], description: 'Storing, compressing and evicting the attention key–value cache.', patterns: [/\bKV[- ]?cache/i, /\bkey[- ]value cache/i] },
  { tag: 'mixture-of-experts', label: 'Mixture of experts', labelKo: '전문가 혼합', aliases: ['moe', 'mixture of experts', '전문가 혼합', 'MoE'], description: 'Sparse expert layers, routing and expert parallelism.', patterns: [/\bmixture[- ]of[- ]experts?\b/i, /\bMoEs?\b/, /\bexperts? (routing|pruning|parallelism)\b/i] },
  { tag: 'reasoning', label: 'Reasoning', labelKo: '추론', aliases: ['reasoning', '추론'], description: 'Chain of thought, maths and logic, test-time scaling.', patterns: [/\breason(ing|er|ers)\b/i, /\bchain[- ]of[- ]thought\b/i, /\bCoT\b/, /\btest[- ]time (scaling|compute)\b/i, /\bmath(ematical)?\b/i] },
  { tag: 'reinforcement-learning', label: 'Reinforcement learning', labelKo: '강화학습', aliases: ['rl', '강화학습', '강화 학습'], description: 'RL, RLHF, reward models and policy optimisation.', patterns: [/\breinforcement learning\b/i, /\bRL(HF|AIF|VR)?\b/, /\breward models?\b/i, /\b(PPO|GRPO|DPO)\b/, /\bpolicy optimi[sz]ation\b/i] },
  { tag: 'code', label: 'Code', labelKo: '코드', aliases: ['code', '코드'], description: 'Code generation, software engineering agents and program synthesis.', patterns: [/\bcode (generation|models?|LLMs?)\b/i, /\bcoding\b/i, /\bsoftware engineering\b/i, /\bprogram(ming)? (synthesis|languages?)\b/i, /\bSWE-/] },
  { tag: 'interpretability', label: 'Interpretability', labelKo: '해석 가능성', aliases: ['mechanistic-interpretation', 'interpretability', '해석 가능성', '해석가능성'], description: 'Mechanistic interpretability, probing and sparse autoencoders.', patterns: [/\binterpretab/i, /\bsparse autoencoders?\b/i, /\bSAEs?\b/, /\bprob(e|ing) (the )?(internal|representations?)\b/i, /\bmonosemantic/i, /\bcircuits?\b/i] },
  { tag: 'optimizers', label: 'Optimizers', labelKo: '옵티마이저', aliases: ['optimizer', 'optimiser', '옵티마이저', '최적화'], description: 'Training optimisers, learning-rate schedules and curvature.', patterns: [/\boptimi[sz]ers?\b/i, /\bAdamW?\b/, /\bMuon\b/, /\bShampoo\b/, /\bHessian\b/i, /\blearning[- ]rate schedul/i] },
  { tag: 'long-context', label: 'Long context', labelKo: '긴 문맥', aliases: ['long context', '긴 문맥', '롱 컨텍스트'], description: 'Long inputs, context extension and length generalisation.', patterns: [/\blong[- ]context\b/i, /\bcontext (length|window)s?\b/i, /\blength generali[sz]/i, /\b\d+[KM] tokens\b/i, /\b1M\b/] },
  // `inference` then a speed word on the same line. The lookahead takes the line's first `inference` once and for all
  // (JS has no atomic groups), so a line with thousands of them is scanned once instead of once per occurrence.
  { tag: 'inference-efficiency', label: 'Inference efficiency', labelKo: '추론 효율', aliases: ['efficiency', 'inference efficiency', '추론 효율', '커널'], description: 'Faster or cheaper decoding, serving, kernels and compression.', patterns: [/^(?=(.*?\binference\b))\1.*\b(efficien|latency|throughput|speed)/im, /\b(efficient|faster|fast) (inference|decoding|serving)\b/i, /\bspeculative decoding\b/i, /\bkernels?\b/i, /\bGEMM\b/, /\bpruning\b/i, /\bdistillation\b/i] },
  { tag: 'training-efficiency', label: 'Training efficiency', labelKo: '학습 효율', aliases: ['training efficiency', '학습 효율'], description: 'Parallelism, memory and compute savings during training.', patterns: [/\btraining (efficiency|throughput|cost)\b/i, /\bdistributed training\b/i, /\b(data|tensor|pipeline|expert) parallel/i, /\bmixed[- ]precision\b/i, /\bmemory[- ]efficient\b/i] },
  { tag: 'diffusion', label: 'Diffusion', labelKo: '확산 모델', aliases: ['diffusion', '확산 모델', '디퓨전'], description: 'Diffusion and flow-matching generative models.', patterns: [/\bdiffusion\b/i, /\bflow matching\b/i, /\bdenois/i] },
  { tag: 'agents', label: 'Agents', labelKo: '에이전트', aliases: ['agent', 'agents', '에이전트'], description: 'Tool use, planning and autonomous LLM agents.', patterns: [/\bagent(s|ic)?\b/i, /\btool[- ]use\b/i, /\bfunction calling\b/i] },
  { tag: 'datasets', label: 'Datasets', labelKo: '데이터셋', aliases: ['dataset', '데이터셋'], description: 'New datasets, data synthesis and data curation.', patterns: [/\bdatasets?\b/i, /\bdata (synthesis|curation|generation|collection)\b/i, /\bsynthetic data\b/i, /\bcorpus\b/i] },
  { tag: 'benchmarks', label: 'Benchmarks', labelKo: '벤치마크', aliases: ['benchmark', '벤치마크'], description: 'Evaluation suites and how models are measured.', patterns: [/\bbenchmark(s|ing)?\b/i, /\bevaluat(ion|ions|ing)\b/i, /\bleaderboard\b/i] },
  { tag: 'alignment-safety', label: 'Alignment and safety', labelKo: '정렬과 안전', aliases: ['alignment', 'safety', '정렬', '안전'], description: 'Alignment, safety, jailbreaks and harmful output.', patterns: [/\balign(ment|ing|ed)\b/i, /\bsafety\b/i, /\bjailbreak/i, /\bharmful\b/i, /\bred[- ]team/i] },
  { tag: 'multimodal', label: 'Multimodal', labelKo: '멀티모달', aliases: ['multimodal', '멀티모달'], description: 'Vision-language, speech and other non-text inputs.', patterns: [/\bmulti-?modal\b/i, /\bvision[- ]language\b/i, /\b(VLMs?|MLLMs?|LVLMs?)\b/, /\bimages?\b/i, /\bvideos?\b/i, /\bspeech\b/i, /\baudio\b/i] },
  { tag: 'architecture', label: 'Architecture', labelKo: '아키텍처', aliases: ['architecture', '아키텍처'], description: 'Attention variants, state-space models and new layers.', patterns: [/\battention (mechanism|heads?|layers?)\b/i, /\bstate[- ]space\b/i, /\bMamba\b/, /\btransformer architecture\b/i, /\blinear attention\b/i, /\btokeni[sz]er/i] },
  { tag: 'retrieval', label: 'Retrieval', labelKo: '검색', aliases: ['retrieval', 'rag', '검색 증강'], description: 'Retrieval-augmented generation, embeddings and search.', patterns: [/\bretrieval\b/i, /\bRAG\b/, /\bembeddings?\b/i] },
  { tag: 'language-models', label: 'Language models', labelKo: '언어 모델', aliases: ['llm', 'language model', '언어 모델'], description: 'Pretraining, scaling and behaviour of large language models in general.', patterns: [/\blarge language models?\b/i, /\bLLMs?\b/, /\blanguage models?\b/i, /\bpre-?training\b/i, /\bscaling laws?\b/i] },
];

/** Topic tags for a paper, in taxonomy order; `general` when nothing matches. */
export function topicsFor(texts: readonly string[]): string[] {
  const haystack = texts.join('\n');
  const matched = TOPICS.filter((topic) => topic.patterns.some((pattern) => pattern.test(haystack))).map((topic) => topic.tag);
  return matched.length > 0 ? matched : [FALLBACK_TOPIC];
}
