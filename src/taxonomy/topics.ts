/**
 * The site's topic taxonomy: every topic with its names and the rules that assign it. Dumps from
 * Hugging Face carry no hashtags, so every paper and note gets topics matched on its title and text
 * (see assign.ts for how the rules combine). The patterns are the field's own vocabulary, written
 * from what the words mean, not from particular papers. Order here is the order the About page and
 * the tag index list them in, grouped by area.
 *
 * There is deliberately no catch-all topic ("language models", "general"): a topic on most papers
 * tells a reader nothing, and a paper that earns no topic is shown without one.
 */
import type { Topic } from './topic.ts';

/** One pattern from alternatives written apart, for readability; flags come from the first. */
function either(...patterns: readonly [RegExp, ...RegExp[]]): RegExp {
  return new RegExp(`(?:${patterns.map((pattern) => pattern.source).join('|')})`, patterns[0].flags);
}

/** One pattern from consecutive pieces written apart; flags come from the first. */
function sequence(...patterns: readonly [RegExp, ...RegExp[]]): RegExp {
  return new RegExp(patterns.map((pattern) => pattern.source).join(''), patterns[0].flags);
}

/** "We introduce a new benchmark …": what makes a paper about evaluation rather than one that merely reports results. */
const INTRODUCES_BENCHMARK = sequence(
  /\b(introduce|present|propose|construct|build|release|develop|create|curate)\w*\s(a |an |the )?([\w,-]+ ){0,3}/i,
  /(benchmark|evaluation (suite|framework|set|protocol)|test suite|leaderboard)\b/,
);

/** Areas of the taxonomy, for grouping the tag index; every topic names one. */
export const AREAS = [
  { id: 'learning', label: 'Learning and reasoning' },
  { id: 'training', label: 'Training' },
  { id: 'architecture', label: 'Architecture' },
  { id: 'efficiency', label: 'Efficiency' },
  { id: 'modalities', label: 'Modalities and generation' },
  { id: 'applications', label: 'Applications and evaluation' },
] as const;
export type AreaId = (typeof AREAS)[number]['id'];

export const TOPICS: readonly (Topic & { readonly area: AreaId })[] = [
  {
    tag: 'reinforcement-learning',
    area: 'learning',
    label: 'Reinforcement learning',
    labelKo: '강화학습',
    aliases: [
      'rl',
      'rlhf',
      'rlaif',
      'rlvr',
      'reward',
      'feedback',
      'reward-model',
      'reward-models',
      'reward-modeling',
      'policy-optimization',
      'ppo',
      'grpo',
      'dpo',
      'preference-optimization',
      '강화 학습',
      '보상 모델',
    ],
    description: 'RL for language models and agents: RLHF, verifiable rewards, reward models and policy optimisation.',
    rules: {
      title: [
        /\breinforcement learning\b/i,
        /\bRL(HF|AIF|VR)?\b/,
        /[a-z]RL\b/,
        /\breward (models?|modell?ing|hacking)\b/i,
        /\bpolicy optimi[sz]ation\b/i,
        /\b(PPO|GRPO|DPO|RLOO)\b/,
        /\bpreference optimi[sz]ation\b/i,
        /\bself-rewarding\b/i,
        /\bR1-Zero\b|\bzero[- ]RL\b/i,
      ],
      terms: [
        /\breinforcement[- ]learning\b|\bRL\b/i,
        /\bRL(HF|AIF|VR)\b|\bfrom (human|AI) feedback\b|\bverifiable rewards?\b/i,
        /\brewards?\b/i,
        /\bpolic(y|ies)\b|\b(PPO|GRPO|DPO|RLOO|REINFORCE)\b|\bpreference optimi[sz]ation\b|\bvalue (functions?|models?)\b/i,
        /\brollouts?\b|\bexploration\b|\bon-policy\b|\boff-policy\b/i,
      ],
    },
  },
  {
    tag: 'reasoning',
    area: 'learning',
    label: 'Reasoning',
    labelKo: '추론',
    aliases: ['chain-of-thought', 'cot', 'math', 'mathematical-reasoning', 'theorem-proving', 'logical-reasoning', '사고 사슬', '수학'],
    description: 'Chain of thought, reasoning models, mathematics, logic and theorem proving.',
    rules: {
      title: [
        /\breason(ing|er|ers|s)?\b/i,
        /\bchain[- ]of[- ]thoughts?\b/i,
        /\bCoT\b/,
        /\bmath(ematical|ematics|s)?\b/i,
        /\btheorem prov\w*|\bprovers?\b/i,
        /\blogical\b/i,
        /\bR1\b/,
        /\bo1\b/i,
        /\bplanning\b/i,
      ],
      terms: [
        /\breasoning\b/i,
        either(
          /\bchain[- ]of[- ]thoughts?\b|\bCoT\b|\bthinking (process|tokens?|traces?|mode|budget)\b/i,
          /\breasoning (traces?|chains?|steps?|paths?|process)\b/i,
        ),
        /\bmath(ematical|ematics)?\b|\bGSM8K\b|\bAIME\d*\b|\bolympiad\b|\btheorems?\b|\bproofs?\b/i,
        /\breasoning models?\b|\bLRMs?\b|\bo1\b|\bo3\b|\bDeepSeek-R1\b|\bR1-Zero\b/i,
        /\blogic(al)?\b|\bpuzzles?\b|\bmulti-hop\b|\bplanning\b|\balgorithmic\b/i,
      ],
      needs: /\breasoning\b|\bchain[- ]of[- ]thought|\bCoT\b|\bLLMs?\b|\blanguage models?\b/i,
    },
  },
  {
    tag: 'test-time-scaling',
    area: 'learning',
    label: 'Test-time scaling',
    labelKo: '테스트 타임 스케일링',
    aliases: ['inference-time-scaling', 'test-time-compute', 'inference-time-compute', 'tts', 'search', 'mcts', '추론 시간 확장'],
    description: 'Spending more compute when answering: repeated sampling, search, verifiers and thinking budgets.',
    rules: {
      title: [
        /\btest[- ]time (scaling|compute|computation|computing|search)\b/i,
        /\binference[- ]time (scaling|compute|computation)\b/i,
        /\bscaling (up )?(inference|test[- ]time) (compute|computation)\b/i,
        /\binference (compute|computation)\b/i,
        /\brepeated sampling\b/i,
        /\bbest-of-n\b/i,
        /\bdecode[- ]time scaling\b/i,
      ],
      terms: [
        either(
          /\btest[- ]time (scaling|compute|computation|computing)\b/i,
          /\binference[- ]time (scaling|compute|computation|algorithms?|methods?)\b/i,
        ),
        either(
          /\bbest-of-n\b|\bBoN\b|\brepeated sampling\b|\bmajority vot(e|ing)\b|\bself-consistency\b/i,
          /\bbeam search\b|\btree search\b|\bMCTS\b/i,
        ),
        /\b(sampl(e|es|ing)|compute|token|thinking) budgets?\b|\bcompute allocation\b|\bbudget forcing\b|\binference compute\b/i,
        /\bverifiers?\b|\breranking\b/i,
      ],
    },
  },
  {
    tag: 'alignment-safety',
    area: 'learning',
    label: 'Alignment and safety',
    labelKo: '정렬과 안전',
    aliases: ['alignment', 'safety', 'ai-safety', 'jailbreak', 'red-teaming', 'unlearning', '정렬', '안전', '안전성'],
    description: 'Aligning models with human intent, and keeping them safe: jailbreaks, red teaming, harmful output, oversight.',
    rules: {
      title: [
        /\bsafe(ty|guards?)?\b/i,
        /\bjailbreak\w*/i,
        /\bred[- ]team\w*/i,
        /\bharmful\b/i,
        /\bunlearning\b/i,
        [/\balign(ment|ing|ed)\b/i, /\b(human|values|preferences?)\b/i],
        /\baligned (LLMs?|models?|language models?)\b/i,
        /\bhuman preferences?\b/i,
        /\bsycophan\w*/i,
        /\bbackdoors?\b|\bsleeper agents?\b|\bdecepti\w*/i,
        /\btamper\w*/i,
        /\bconstitutional\b/i,
      ],
      terms: [
        /\bsafety\b|\bsafeguards?\b|\bunsafe\b/i,
        /\bjailbreak\w*|\bred[- ]team\w*|\badversarial (prompts?|attacks?)\b|\battacks?\b/i,
        /\bharmful\b|\btoxic\w*|\bunethical\b|\bmisuse\b|\brefus(al|als|e)\b|\bhazardous\b/i,
        either(
          /\balign(ing|ment|ed)? (\w+ )?with human\b|\bhuman (preferences?|values)\b/i,
          /\b(safety|value) alignment\b|\bmisalign\w*|\baligned (LLMs?|models?)\b/i,
        ),
        /\breward hacking\b|\bsycophan\w*|\bdecepti\w*|\bbackdoors?\b|\bscalable oversight\b|\btrustworth\w*/i,
      ],
    },
  },
  {
    tag: 'interpretability',
    area: 'learning',
    label: 'Interpretability',
    labelKo: '해석 가능성',
    aliases: [
      'mechanistic-interpretation',
      'mechanistic-interpretability',
      'sae',
      'sparse-autoencoder',
      'explainability',
      'probing',
      '해석가능성',
      '기계적 해석',
    ],
    description: 'What happens inside models: mechanistic interpretability, sparse autoencoders, circuits and probing.',
    rules: {
      title: [
        /\binterpret(ab\w*|ing|ation|s)?\b/i,
        /\bmechanistic\b/i,
        /\bsparse autoencoders?\b|\bSAEs?\b/i,
        /\bmonosemantic\b/i,
        /\bprob(e|es|ing)\b/i,
        /\bexisting mechanisms\b/i,
        /\binternal (states|representations|mechanisms|computations)\b/i,
      ],
      terms: [
        /\binterpretab\w*|\bmechanistic\b|\bexplainab\w*/i,
        /\bsparse autoencoders?\b|\bSAEs?\b|\bdictionary learning\b|\bmonosemantic\w*|\bpolysemantic\w*|\bsuperposition\b/i,
        /\bcircuits?\b|\bactivation patching\b|\bcausal (tracing|mediation|interventions?)\b|\blogit lens\b|\battribution\b/i,
        either(
          /\bprob(e|es|ing)\b|\bsteering vectors?\b/i,
          /\b(internal|hidden|latent) (representations?|states?|mechanisms?|computations?|activations?)\b/i,
        ),
        /\breverse[- ]engineer\w*|\bunderstand(ing)? (the )?(internal|inner) \w+/i,
      ],
    },
  },
  {
    tag: 'agents',
    area: 'learning',
    label: 'Agents',
    labelKo: '에이전트',
    aliases: ['agent', 'llm-agent', 'tool-use', 'function-calling', 'web-agent', 'gui-agent', 'multi-agent'],
    description: 'Language-model agents: tool use, function calling, web and computer use, multi-agent systems.',
    rules: {
      title: [/\bagents?\b|\bagentic\b/i, /\btool[- ](use|learning|calling|usage)\b|\bfunction calling\b/i, /\bweb ?arena\b|\bGUI\b/i],
      terms: [
        /\bagents?\b|\bagentic\b/i,
        /\btool[- ](use|usage|calling|learning)\b|\bfunction[- ]call\w*|\bAPI calls?\b|\buse tools\b|\bexternal tools\b/i,
        /\bweb (navigation|browsing|tasks?|pages?)\b|\bbrowsers?\b|\bGUI\b|\bcomputer use\b/i,
        either(
          /\binteract\w* with (the |an )?environments?\b/i,
          /\b(executable|interactive) (runtime )?environments?\b|\blong-horizon\b|\bmulti-turn\b/i,
        ),
      ],
      // A sleeper agent is a backdoored model, a safety matter.
      ignore: [/\bsleeper agents?\b/gi],
      needs: either(
        /\b(LLM|language|autonomous|web|GUI|software|coding|multi-?)[- ]agents?\b|\bagentic\b/i,
        /\bagent (framework|system|benchmark)s?\b|\btool[- ]use\b|\bfunction calling\b/i,
      ),
    },
  },
  {
    tag: 'code',
    area: 'applications',
    label: 'Code',
    labelKo: '코드',
    aliases: ['coding', 'code-generation', 'program-synthesis', 'software-engineering', 'swe', 'code-llm', '코드 생성'],
    description: 'Code generation and understanding, program synthesis and software engineering with language models.',
    rules: {
      title: [
        /\bcode\b/i,
        /Code[A-Z]|Coder\b|\bcoding\b/,
        /\bprogram (synthesis|repair)\b/i,
        /\bsoftware\b/i,
        /\bdecompil\w*/i,
        /\bSWE\b|\bSWE-/,
        /\bcompiler optimi[sz]ation\b/i,
        /\bprogramm(er|ers)\b|\bpseudocode\b/i,
      ],
      terms: [
        /\bcode\b|\bcoding\b/i,
        /\bcode (generation|LLMs?|language models?|models?|completion|repair|review|synthesis|understanding|editing|snippets?)\b/i,
        either(
          /\bprogram (synthesis|repair)\b|\bsoftware (engineering|development)\b|\bsource code\b/i,
          /\bprogramming (tasks?|problems?|languages?)\b/i,
        ),
        /\bHumanEval\b|\bMBPP\b|\bLiveCodeBench\b|\bSWE-bench\b|\bCodeforces\b|\bcompetitive programming\b/i,
        either(
          /\b(Python|Java|C\+\+|Rust|JavaScript|SQL)\b|\bdecompil\w*|\bcompil(er|ers|ed)\b/i,
          /\bexecution (feedback|results?)\b|\bunit tests?\b|\btest cases\b/i,
        ),
      ],
      needs: /\bLLMs?\b|\blanguage models?\b|\bcode (generation|models?|LLMs?|completion)\b|\bprogram synthesis\b|\bneural\b/i,
      // "Code is available at …" says nothing about a paper's subject.
      ignore: [
        sequence(
          /\b((our|the|source|all) )*codes?( (and|of|for) [\w.-]{1,40}( [\w.-]{1,40})?)? (is|are|will be|has been|have been) /gi,
          /(publicly |made |now )?(available|released|open[- ]sourced?)\b/,
        ),
        /\bcode:?\s*(at |is at )?https?:\S*/gi,
        /\b(release|open-source|provide) (our |the |all )?(data, )?(models?, )?(and )?code\b/gi,
      ],
    },
  },
  {
    tag: 'retrieval',
    area: 'applications',
    label: 'Retrieval',
    labelKo: '검색 증강',
    aliases: ['rag', 'retrieval-augmented-generation', 'text-embedding', 'reranking', 'search-engine', '검색', '임베딩 모델'],
    description: 'Retrieval-augmented generation, retrievers and rerankers, text embeddings and search.',
    rules: {
      title: [/\bretriev\w*|\bRAG\b|\brerank\w*|\bsearch engines?\b|\bembedding models?\b|\btext embeddings?\b/i],
      terms: [
        /\bretriev(al|er|ers|ed|e|ing)\b|\bRAG\b/i,
        /\bretrieval[- ]augmented\b/i,
        /\brerank\w*|\bdense retrieval\b|(?<!key )\binformation retrieval\b|\bsearch engines?\b|\bBM25\b/i,
        /\b(text|sentence|document) embeddings?\b|\bembedding models?\b/i,
        /\bknowledge bases?\b|\b(text |document )?chunks?\b|\bexternal knowledge\b/i,
      ],
    },
  },
  {
    tag: 'pretraining',
    area: 'training',
    label: 'Pretraining',
    labelKo: '사전학습',
    aliases: ['pre-training', 'pretrain', 'lm-pretraining', 'continued-pretraining', 'data-mixture', '프리트레이닝', '사전 학습'],
    description: 'Pretraining language and multimodal models: recipes, data mixtures, tokens and training runs.',
    rules: {
      title: [/\bpre-?training\b/i],
      terms: [
        /\bpre-?training\b/i,
        either(
          /\bdata mix(ture|tures|ing)\b|\bdata (filtering|curation|quality)\b|\bweb (text|data|crawls?)\b/i,
          /\bCommon ?Crawl\b|\bdeduplicat\w*/i,
        ),
        /\b\d+(\.\d+)?\s?[TB] tokens\b|\btrillions? (of )?tokens\b|\bnext[- ]token prediction\b/i,
        /\bbase models?\b|\bfrom scratch\b|\bcontinu(ed|al) pre-?training\b|\bcooldown\b|\bannealing\b/i,
      ],
      minTerms: 3,
    },
  },
  {
    tag: 'fine-tuning',
    area: 'training',
    label: 'Fine-tuning',
    labelKo: '미세조정',
    aliases: ['finetuning', 'instruction-tuning', 'sft', 'peft', 'lora', 'parameter-efficient-fine-tuning', '파인튜닝', '인스트럭션 튜닝'],
    description: 'Instruction tuning, supervised fine-tuning and parameter-efficient methods such as LoRA.',
    rules: {
      title: [/\bfine-?tun(e|ing|ed)\b/i, /\binstruction[- ]tun\w*/i, /\bPEFT\b|\bLoRAs?\b|\bparameter[- ]efficient\b/i, /\bSFT\b/],
      terms: [
        /\bfine-?tun(e|es|ed|ing)\b|\bSFT\b|\binstruction[- ]tun(ing|ed)\b/i,
        /\bPEFT\b|\bLoRA\b|\bparameter[- ]efficient\b|\badapters?\b|\blow-rank adaptation\b|\bprefix[- ]tuning\b/i,
        /\b(instruction|SFT|fine-?tuning) (data|datasets?|pairs)\b|\binstruction-following\b/i,
      ],
      // Reinforcement fine-tuning (ReFT) is RL on a pretrained model, not supervised fine-tuning.
      ignore: [/\breinforce(d|ment) fine-?tuning\b/gi],
    },
  },
  {
    tag: 'distillation',
    area: 'training',
    label: 'Distillation',
    labelKo: '지식 증류',
    aliases: ['knowledge-distillation', 'kd', '증류', '디스틸레이션'],
    description: 'Training a smaller or faster student from a teacher model.',
    rules: {
      title: [/\bdistill\w*/i],
      terms: [/\bdistill\w*/i, /\bteachers?\b|\bstudent (models?|LLMs?|networks?)\b/i, /\bknowledge transfer\b|\bsoft (labels|targets)\b/i],
    },
  },
  {
    tag: 'datasets',
    area: 'training',
    label: 'Datasets and synthetic data',
    labelKo: '데이터셋과 합성 데이터',
    aliases: [
      'dataset',
      'synthetic-data',
      'data-synthesis',
      'data-curation',
      'data-selection',
      'data-filtering',
      'data',
      '데이터셋',
      '합성 데이터',
    ],
    description: 'New datasets, synthetic data, and selecting, filtering and curating training data.',
    rules: {
      title: [
        /\bdatasets?\b/i,
        /\bcorp(us|ora)\b/i,
        /\bsynthetic\b/i,
        /\bdata (selection|curation|filtering|synthesis|generation|mixtures?|quality|scarcity|recipes?)\b/i,
        /\b(CoT|reasoning|instruction|training|pretraining|pre-training|synthetic|high-quality|verifiable [\w ]{1,30}) data\b/i,
      ],
      terms: [
        either(
          /\bsynthetic (data|datasets?|examples|samples|problems|instructions)\b|\bdata synthesis\b/i,
          /\bsynthesi[sz](e|es|ed|ing) (\w+ ){0,2}data\b/i,
        ),
        either(
          /\bdata (curation|selection|filtering|quality|mixtures?|pipelines?|cleaning|collection|construction|generation)\b/i,
          /\bcurat(e|ed|ing)\b/i,
        ),
        either(
          /\b(introduce|present|release|construct|build|curate|collect)\w*\s[^.]{0,80}\b(dataset|corpus)\b/i,
          /\bdatasets? (of|with|containing|comprising) [\d,.]+/i,
        ),
        either(
          sequence(
            /\b[\d,.]+\s?(K|M|B|million|billion|thousand)?\s(high-quality )?/i,
            /(samples|examples|problems|instructions|questions|pairs|trajectories)\b/,
          ),
        ),
      ],
    },
  },
  {
    tag: 'scaling-laws',
    area: 'training',
    label: 'Scaling laws',
    labelKo: '스케일링 법칙',
    aliases: ['scaling-law', 'scaling', 'neural-scaling', 'compute-optimal', '스케일링 법칙', '스케일링'],
    description: 'How loss and abilities change with model size, data and compute, and the compute-optimal choices that follow.',
    rules: {
      title: [/\bscaling laws?\b/i, /\bcompute[- ]optimal\b/i, /\balgorithmic progress\b/i],
      terms: [
        /\bscaling laws?\b/i,
        /\bpower[- ]laws?\b|\bscaling (behaviou?rs?|trends?|exponents?|curves?)\b|\bpredictabl[ey]\b/i,
        /\bcompute[- ]optimal\b|\bChinchilla\b|\boptimal (allocation|model size|number of (tokens|parameters))\b|\bcompute budgets?\b/i,
      ],
    },
  },
  {
    tag: 'optimizers',
    area: 'training',
    label: 'Optimizers',
    labelKo: '옵티마이저',
    aliases: ['optimizer', 'optimiser', 'optimization', 'learning-rate', 'muon', 'adam', '최적화', '학습률'],
    description: 'Training optimisers, learning-rate schedules, curvature and second-order methods.',
    rules: {
      title: [/\boptimi[sz]ers?\b/i, /\bAdamW?\b/, /\bMuon\b/, /\bShampoo\b|\bSOAP\b/, /\blearning[- ]rates?\b/i, /\bzeroth-order\b/i],
      terms: [
        /\boptimi[sz]ers?\b/i,
        /\bAdamW?\b|\bSGD\b|\bmomentum\b|\bMuon\b|\bShampoo\b|\bLion\b|\bSOAP\b/i,
        /\blearning[- ]rates?\b|\bwarm-?up\b|\bcooldown\b|\bweight decay\b/i,
        /\bHessians?\b|\bcurvature\b|\bsecond-order\b|\bprecondition\w*|\bgradient (descent|clipping|noise|spikes?)\b|\bzeroth-order\b/i,
      ],
      ignore: [/\boptimi[sz]er states?\b/gi],
    },
  },
  {
    tag: 'continual-learning',
    area: 'training',
    label: 'Continual learning',
    labelKo: '지속 학습',
    aliases: ['continual', 'lifelong-learning', 'catastrophic-forgetting', 'forgetting', '연속 학습', '망각'],
    description: 'Learning new tasks and data over time without forgetting what was learned before.',
    rules: {
      title: [/\bcontinual(ly)?\b/i, /\bcatastrophic forgetting\b|\bforget(ting)?\b/i, /\blifelong\b/i, /\bincremental learning\b/i],
      terms: [
        /\bcontinual(ly)? (learning|training|pre-?training|fine-?tuning)\b|\blifelong learning\b|\bincremental learning\b/i,
        /\bcatastrophic(ally)? forget\w*|\bforgetting\b/i,
        /\brehearsal\b|\breplay\b|\bprevious(ly)? (learned )?tasks\b|\bsequential tasks\b|\bstability[- ]plasticity\b/i,
      ],
    },
  },
  {
    tag: 'training-efficiency',
    area: 'training',
    label: 'Training efficiency',
    labelKo: '학습 효율',
    aliases: [
      'efficient-training',
      'parallelism',
      'distributed-training',
      'model-parallelism',
      'pipeline-parallelism',
      'checkpointing',
      '분산 학습',
      '병렬화',
    ],
    description: 'Training faster and with less memory: parallelism, distributed training, recomputation, low-precision training.',
    rules: {
      title: [
        either(
          sequence(
            either(
              /\b(efficient\w*|distributed|decentrali[sz]ed|asynchronous|low-bandwidth|parallel|fast(er)?|memory-(efficient|saving))/i,
              /\b(low-precision|mixed[- ]precision|optimi[sz]\w*|accelerat\w*|scalable)/,
            ),
            / ([\w-]+ ){0,3}(training|fine-?tuning)\b/,
          ),
        ),
        /\btraining (efficiency|throughput|costs?|memory|speed|framework|system)\b|\btraining [\w ]{0,40}\bon \d+ GPUs\b/i,
        /\bparallelism\b/i,
        /\bcheckpointing\b/i,
        /\bZeRO\b/,
        /\brecomputation\b|\brematerializ\w*/i,
        /\bmemory (cost|wall|optimi[sz]ations?)\b/i,
      ],
      terms: [
        /\b(data|tensor|pipeline|sequence|expert|model|context) parallel(ism)?\b|\bparallel (training|groups?)\b|\bshard(ing|ed)\b/i,
        /\bZeRO\b|\bFSDP\b|\bDeepSpeed\b|\bMegatron\b/,
        either(
          /\bdistributed (training|computing|learning|optimi[sz]ation)\b|\bstragglers?\b/i,
          /\b[\d,]+ (GPUs|accelerators|TPUs|NPUs)\b|\bGPU clusters?\b|\bmulti-GPU\b/i,
          /\bcommunication (overhead|costs?|bandwidth)\b|\bbandwidth\b/i,
        ),
        either(
          /\b(activation|gradient) (checkpointing|recomputation|memory)\b|\brecomputation\b/i,
          /\brematerializ\w*|\boffload\w*|\bcheckpointing\b|\bbackprop\w*|\bbackward pass\b/i,
        ),
        either(
          /\btraining (time|throughput|costs?|speed|efficiency|memory|stability)\b/i,
          /\b(accelerat\w+|speed(s|ing)? up) (the )?training\b|\bwall[- ]clock\b|\bMFU\b/i,
        ),
        /\bmixed[- ]precision\b|\blow[- ]precision training\b|\bFP8 training\b|\bpeak memory\b|\bmemory (footprint|consumption|usage)\b/i,
      ],
      // Parallelism and bandwidth serve inference too; the body must be about training.
      needs: /(?<!pre-?)\btraining\b|\bfine-?tuning\b|\bpre-?training\b/i,
    },
  },
  {
    tag: 'architecture',
    area: 'architecture',
    label: 'Model architecture',
    labelKo: '모델 구조',
    aliases: ['transformer', 'normalization', 'residual', 'activation-function', 'memory-layers', 'recurrence', '아키텍처', '트랜스포머'],
    description: 'How networks are built: layers, normalisation, residual paths, depth, memory layers and recurrence.',
    rules: {
      title: [
        /\b(model|network|neural|transformer|sequence modell?ing|new|novel) architectures?\b/i,
        either(
          /\bmemory layers?\b|\bresidual\b/i,
          /\b(layer|batch|group|weight|RMS|pre-?|post-?)[- ]?normali[sz]ation\b|\bLayerNorm\b/i,
          /\bactivation functions?\b|\bMLPs?\b/i,
        ),
        /\bmixture-of-depths\b|\bcurse of depth\b|\btheir depth\b|\bneural turing machines?\b|\blooped transformers?\b/i,
      ],
      terms: [
        either(
          /\b(novel|new|alternative|hybrid|modular|proposed) (model |network |neural |sequence[- ]modell?ing )?architectures?\b/i,
          /\barchitectur(e|al) (design|modifications?|choices?|variants?)\b/i,
        ),
        either(
          /\bLayerNorm\b|\bRMSNorm\b|\b(layer|pre-|post-) ?normali[sz]ation\b|\bPre-LN\b|\bPost-LN\b/i,
          /\bresidual (connections?|streams?|branch)\b|\bskip connections?\b/i,
        ),
        /\bactivation functions?\b|\bReLU\b|\bSwiGLU\b|\bfeed-?forward (layers?|networks?|blocks?)\b|\bFFNs?\b|\bMLPs?\b/i,
        /\bmemory layers?\b|\bexternal memory\b|\bproduct keys\b|\bmemory-augmented\b/i,
        /\brecurren(t|ce)\b|\bRNNs?\b|\bLSTMs?\b|\blooped\b|\buniversal transformers?\b|\b(weight|parameter) sharing\b/i,
        /\b(model|network) depth\b|\bdeeper layers\b|\bearly exit\w*|\badaptive computation\b|\bconditional computation\b/i,
      ],
    },
  },
  {
    tag: 'attention',
    area: 'architecture',
    label: 'Attention',
    labelKo: '어텐션',
    aliases: [
      'efficient-attention',
      'sparse-attention',
      'linear-attention',
      'positional-encoding',
      'position-embedding',
      'rope',
      'flash-attention',
      'mla',
      '위치 인코딩',
    ],
    description: 'Attention mechanisms: sparse, linear and latent attention, attention kernels and positional encodings.',
    rules: {
      title: [/attention\b/i, /\bRoPEs?\b|\bposition(al)? (encodings?|embeddings?)\b|\brotary\b/i, /\bsoftmax\b/i],
      terms: [
        /\battention\b/i,
        either(
          sequence(
            /\b(linear|sparse|sliding[- ]window|local|efficient|hybrid|latent|multi-head|grouped[- ]query|softmax|self-|cross-)/i,
            / ?attention\b/,
          ),
          /\battention (mechanisms?|heads?|scores?|patterns?|maps?|sinks?|kernels?|computation|layers?)\b/i,
        ),
        /\bRoPE\b|\bNoPE\b|\bALiBi\b|\brotary\b|\bposition(al)? (encodings?|embeddings?|information|bias)\b/i,
        /\bquadratic (complexity|cost|time|memory|computation)\b|\bsub-?quadratic\b/i,
        /\bFlashAttention\b|\bMLA\b|\bGQA\b|\bMQA\b|\bquery-key\b|\bdot-product\b/i,
        /\bsoftmax\b/i,
      ],
    },
  },
  {
    tag: 'state-space-models',
    area: 'architecture',
    label: 'State-space models',
    labelKo: '상태 공간 모델',
    aliases: ['state-space-model', 'ssm', 'ssms', 'mamba', 'linear-rnn', 'rwkv', '상태공간모델'],
    description: 'State-space models, Mamba and other linear recurrences that replace or mix with attention.',
    rules: {
      title: [
        /\bstate[- ]space\b|\bSSMs?\b/i,
        /Mamba/,
        /\blinear (RNNs?|recurren\w*|sequence modell?ing)\b/i,
        /\bRWKV\b|\bRetNet\b|\bxLSTM\b/,
        /\blong sequence modell?ing\b/i,
      ],
      terms: [
        /\bstate[- ]space (models?|modell?ing|layers?)\b|\bSSMs?\b|\bS[456]\b/i,
        /\bMamba(-?\d)?\b|\bRWKV\b|\bRetNet\b|\bDeltaNet\b|\bxLSTM\b|\bHyena\b/i,
        /\blinear (attention|RNNs?|recurren\w*|transformers?)\b|\brecurrent (states?|models?|architectures?)\b|\blightning attention\b/i,
        /\b(constant|fixed)[- ](size )?(memory|state)\b|\bstate tracking\b|\bsub-?quadratic\b|\blinear[- ]time\b|\blinear complexity\b/i,
      ],
    },
  },
  {
    tag: 'mixture-of-experts',
    area: 'architecture',
    label: 'Mixture of experts',
    labelKo: '전문가 혼합',
    aliases: ['moe', 'mixture_of_experts', 'mixture-of-expert', 'sparse-moe', 'smoe', 'expert-parallelism', 'MoE', '전문가 혼합 모델'],
    description: 'Sparse expert layers: routing, load balancing, expert parallelism and pruning.',
    rules: {
      title: [/\bmixture[- ]of[- ]experts?\b/i, /\bMoEs?\b|[a-z]Mo[Ee]\b|\bMo[Ee][A-Z+-]/, /\bexperts\b/i],
      terms: [
        /\bmixture[- ]of[- ]experts?\b|\bMoEs?\b|\bSMoE\b/i,
        either(
          /\b(routed|shared|activated|sparse|fine-grained|number of) experts\b/i,
          /\bexpert (routing|parallelism|specialization|pruning|selection|load)\b/i,
        ),
        /\brout(er|ers|ing)\b|\bgating\b|\bload[- ]balanc\w*|\btop-k\b/i,
        /\bsparsely[- ]activated\b|\b(active|activated) parameters\b|\btotal parameters\b/i,
      ],
    },
  },
  {
    tag: 'tokenization',
    area: 'architecture',
    label: 'Tokenization',
    labelKo: '토크나이저',
    aliases: [
      'tokenizer',
      'tokenizers',
      'tokenisation',
      'visual-tokenizer',
      'vocabulary',
      'byte-level',
      'vq',
      'vector-quantization',
      '토큰화',
    ],
    description: 'Tokenizers for text, images, video and audio: vocabularies, bytes, discrete and continuous latent tokens.',
    rules: {
      title: [/\btokeni[sz]\w*/i, /\bvocabular(y|ies)\b/i, /\bbyte[- ]latent\b|\bbyte-level\b/i],
      terms: [
        /\btokeni[sz](er|ers|ation|ing|ed)\b/i,
        /\bvocabular(y|ies)\b|\bBPE\b|\bbyte[- ]pair\b|\bsubwords?\b|\bbyte-level\b|\braw bytes\b/i,
        either(
          /\bcodebooks?\b|\bvector[- ]quantiz\w*|\bVQ(-VAE|GAN)?\b/i,
          /\b(discrete|continuous|visual|image|video|audio|semantic) tokens\b|\blatent codes?\b/i,
        ),
        /\bauto-?encoders?\b|\breconstruction\b|\bcompression ratio\b/i,
      ],
    },
  },
  {
    tag: 'long-context',
    area: 'architecture',
    label: 'Long context',
    labelKo: '긴 문맥',
    aliases: ['context-extension', 'length-extrapolation', 'length-generalization', 'context-length', '롱 컨텍스트', '장문맥'],
    description: 'Long inputs: extending the context window, length generalisation and compressing long contexts.',
    rules: {
      title: [
        /\blong[- ]context\b|\bcontext (windows?|lengths?|extension|optimi[sz]ation|compression)\b|\bmore context\b/i,
        /\blong (sequences?|inputs?|documents?)\b|\bsequence length\b|\blength (generali[sz]ation|extrapolation)\b/i,
        /\b\d+(\.\d+)?M\b|\bmillion (tokens|sequence length)\b/i,
      ],
      terms: [
        /\blong[- ]context\b|\blonger contexts?\b|\blong (sequences?|inputs?|documents?|prompts?)\b/i,
        /\bcontext (windows?|lengths?|extension|sizes?)\b|\bsequence lengths?\b/i,
        /\b\d+[KM] (tokens|context)\b|\b(million|1M|128K)[- ]tokens?\b|\bneedle[- ]in[- ]a[- ]haystack\b|\bNIAH\b|\bLongBench\b/i,
        /\blength (extrapolation|generali[sz]ation)\b|\bextrapolat\w+|\bposition interpolation\b/i,
      ],
    },
  },
  {
    tag: 'inference-efficiency',
    area: 'efficiency',
    label: 'Inference efficiency',
    labelKo: '추론 효율',
    aliases: [
      'efficiency',
      'efficient-inference',
      'inference',
      'serving',
      'speculative-decoding',
      'pruning',
      'compression',
      'sparsity',
      'kernel',
      'kernels',
      'gpu',
      'on-device',
      '커널',
      '경량화',
      '가지치기',
    ],
    description: 'Faster, cheaper and smaller models at inference: serving, kernels, speculative decoding, pruning and compression.',
    rules: {
      title: [
        [/\binference\b/i, /\b(efficien\w*|fast(er)?|accelerat\w*|speed|latency|throughput|performance|optimi[sz]ation|cost)\b/i],
        /\b(efficient|fast(er)?|accelerat\w+|cheaper|cost-effective|speeding up) (\w+ ){0,3}(inference|decoding|serving|generation)\b/i,
        [/\binference\b/i, /\b(overlap\w*|parallel\w*|communication)\b/i],
        /\bserving\b|\bspeculative\b|\bdraft\b/i,
        /\bprun(e|ing)\b/i,
        either(
          /\b(model|LLM|network|neural network)[- ]compression\b/i,
          /\bcompress(ed|ing)? ([\w-]+ ){0,3}(LLMs?|models?|networks?)\b/i,
          /\bcompression of ([\w-]+ ){0,2}(models?|networks?|transformers?)\b/i,
        ),
        /\bon (end )?devices?\b|\bsmartphones?\b|\bedge\b|\bCPUs\b/i,
        /GEMMs?\b/,
        /\bkernels?\b/i,
      ],
      terms: [
        either(
          /\binference (speed|latency|costs?|efficiency|throughput|overhead|time|acceleration)\b/i,
          /\b(accelerat\w+|speed(s|ing)? up|efficient|faster|fast) (LLM |model )?(inference|decoding|serving|generation)\b/i,
          /\blatency\b|\bthroughput\b|\bspeedups?\b/i,
        ),
        either(
          /\bspeculative (decoding|sampling)\b|\bdraft (models?|tokens?)\b|\bearly[- ]exit\w*/i,
          /\b(skip(ping)?|drop(ping)?) layers?\b|\blayer (skipping|dropping)\b/i,
        ),
        /\bprun(e|ed|ing)\b|\bsparsity\b|\bmodel compression\b|\bcompress(ed|ion|ing)? (the )?(models?|LLMs?|networks?)\b/i,
        either(
          /\bserving\b|\bon[- ]device\b|\bedge (devices?|computing)\b|\bsmartphones?\b|\bmobile devices?\b/i,
          /\bresource-constrained\b|\bCPUs?\b/i,
        ),
        either(
          /\b(GPU|CUDA|Triton|attention|fused|custom|optimi[sz]ed) kernels?\b|\bGEMMs?\b/i,
          /\bmatrix multiplications?\b|\bTensor Cores?\b|\bmemory (bandwidth|access|movement|bound)\b/i,
        ),
        /\benergy[- ](efficien\w*|consumption)\b|\bpower consumption\b|\bhardware[- ]efficien\w*/i,
      ],
      // Speed-ups alone are any program's; the text must be about running models.
      needs: either(
        /\binference\b|\bdecoding\b|\bserving\b|\bprun(e|ed|ing)\b|\bcompress\w*|\bspeculative\b/i,
        /\b(GPU|CUDA|Triton|attention|GEMM|matmul) kernels?\b|\bkernels? (DSL|writing|launch\w*)\b/,
      ),
      ignore: [/\bsparse autoencoders?\b/gi, /\blossless compression\b/gi],
    },
  },
  {
    tag: 'kv-cache',
    area: 'efficiency',
    label: 'KV cache',
    labelKo: 'KV 캐시',
    aliases: ['kv cache', 'kv-caching', 'key-value-cache', 'cache-compression', 'KV 캐시'],
    description: 'Storing, compressing, reusing and evicting the attention key–value cache.',
    rules: {
      title: [/kv\b|\bKV[- ]?cache\w*|\bkey[- ]value cache\b/i, /\bcach(e|es|ing)\b/i],
      terms: [
        /\bKV[- ]?cach\w*|\bkey[- ]value \(KV\)|\bkey[- ]value (cache|caching|pairs|states)\b/i,
        /\bcache (compression|eviction|sizes?|memory|management|reuse|budget)\b|\b(token|cache) eviction\b|\bevict\w*/i,
        /\bprefill\w*|\bdecoding (phase|stage|steps?)\b/i,
      ],
    },
  },
  {
    tag: 'quantization',
    area: 'efficiency',
    label: 'Quantization',
    labelKo: '양자화',
    aliases: ['quantisation', 'low-bit', 'low-precision', 'fp8', 'fp4', 'int4', 'mixed-precision', '저비트'],
    description: 'Low-precision weights, activations and arithmetic: FP8, FP4, INT4 and mixed precision.',
    rules: {
      title: [
        /\bquantiz\w*/i,
        /\bFP(4|6|8|16|32)\b|\bINT\d/,
        /\b\d+(\.\d+)?-?bits?\b|\blow[- ]bit\b/i,
        /\b(low|mixed|arbitrary|reduc\w+)[- ]precision\b/i,
      ],
      terms: [
        /\bquantiz\w*/i,
        either(
          /\bFP(4|6|8)\b|\bINT[248]\b|\bNF4\b|\bMXFP\d\b|\b\d+-bit\b|\b(low|ultra-low)[- ]bit\b/i,
          /\bbit-?widths?\b|\bbinari[sz]ed\b|\bternary\b/i,
        ),
        either(
          /\blow[- ]precision\b|\breduced[- ]precision\b|\bmixed[- ]precision\b|\bBF16\b|\bFP16\b/i,
          /\bfloating[- ]point (formats?|representations?|arithmetic)\b/i,
        ),
        /\boutliers?\b|\bpost-training quantization\b|\bPTQ\b|\bQAT\b|\bGPTQ\b|\bAWQ\b|\bSmoothQuant\b/i,
      ],
      ignore: [/\b(vector|product|residual|finite scalar|scalar)[- ]quantiz\w*/gi, /\bVQ\b/g],
    },
  },
  {
    tag: 'multimodal',
    area: 'modalities',
    label: 'Vision-language and multimodal',
    labelKo: '멀티모달',
    aliases: [
      'vision-language',
      'vlm',
      'mllm',
      'lmm',
      'lvlm',
      'omni-modal',
      'captioning',
      'vision-language-model',
      'clip',
      '비전-언어',
      '비전 언어 모델',
    ],
    description: 'Models that read images, video or audio alongside text: vision-language models and omni-modal assistants.',
    rules: {
      title: [
        /\bmulti-?modal\w*|\bomni-?modal\b/i,
        /\bvision[- ]language\b|\bVLMs?\b|\bMLLMs?\b|\bLMMs?\b|\bLVLMs?\b/i,
        /VL\b|VL-/,
        /\bCLIP\b/,
        /\bvisual (instruction|question|tokens)\b|\bimage-text\b/i,
      ],
      terms: [
        /\bmulti-?modal\b|\bomni-?modal\b|\bcross-modal\b|\bmodalit(y|ies)\b/i,
        either(
          /\bvision[- ]language\b|\bVLMs?\b|\bMLLMs?\b|\bLMMs?\b|\bLVLMs?\b|\bvision encoders?\b/i,
          /\bvisual (tokens|encoder|instructions?|question answering|understanding)\b|\bimage-text\b/i,
          /\bVQA\b|\bCLIP\b/i,
        ),
        either(
          /\b(LLMs?|language models?)\b.{0,80}\b(images?|visual|vision|videos?|speech|audio)\b/i,
          /\b(images?|visual|vision|videos?|speech|audio)\b.{0,80}\b(LLMs?|language models?)\b/i,
        ),
      ],
      needs: /\bmulti-?modal\b|\bomni-?modal\b|\bvision[- ]language\b|\bVLMs?\b|\bMLLMs?\b|\bLMMs?\b|\bLVLMs?\b|\bimage-text\b|\bCLIP\b/i,
    },
  },
  {
    tag: 'vision',
    area: 'modalities',
    label: 'Computer vision',
    labelKo: '컴퓨터 비전',
    aliases: [
      'computer-vision',
      'vision-transformer',
      'vit',
      'backbone',
      'object-detection',
      'detection',
      'segmentation',
      'semantic-segmentation',
      'depth-estimation',
      'image-classification',
      '비전',
    ],
    description: 'Recognising what is in images: classification, detection, segmentation, depth and visual backbones.',
    rules: {
      title: [
        /\b(object )?detection\b|\bsegmentation\b|\bimage (classification|recognition)\b|\bvisual recognition\b/i,
        /\bViTs?\b|\bvision transformers?\b|ConvNeXt|\bconvolution(al|s)?\b|\bdepth estimation\b|\bbackbones?\b|\bResNets?\b/i,
      ],
      terms: [
        /\bImageNet\b|\bCOCO\b|\bADE20K\b|\bCIFAR\b|\bPascal VOC\b|\bKITTI\b|\bNYU\b/i,
        either(
          /\b(object )?detection\b|\b(semantic |instance |panoptic )?segmentation\b/i,
          /\bimage (classification|recognition)\b|\b(depth|pose) estimation\b/i,
        ),
        /\bconvolution(al|s)?\b|\bCNNs?\b|\bViTs?\b|\bvision transformers?\b|\bbackbones?\b|\bResNets?\b/i,
        /\bcomputer vision\b|\bvisual (recognition|representations?|features?|tasks?)\b/i,
      ],
      minTerms: 3,
      yieldsTo: ['image-generation', 'video', 'multimodal'],
    },
  },
  {
    tag: 'image-generation',
    area: 'modalities',
    label: 'Image generation',
    labelKo: '이미지 생성',
    aliases: ['text-to-image', 't2i', 'image-synthesis', 'image-editing', 'generative-models', '이미지 합성'],
    description: 'Generating and editing images, from text or classes: diffusion, autoregressive and masked generators.',
    rules: {
      title: [/\bimage (generation|synthesis|editing)\b|\btext-to-image\b|\bT2I\b|\bgenerat\w+ images?\b/i],
      terms: [
        either(
          /\bimage (generation|synthesis|editing)\b|\btext-to-image\b|\bT2I\b/i,
          /\bgenerat\w+ (high-quality |realistic |high-resolution )?images\b|\bvisual generation\b/i,
        ),
        /\bFID\b|\bgFID\b|\bGenEval\b|\bDPG-Bench\b|\bImageNet[- ](\d+|generation)\b|\bclass-conditional\b/i,
        /\bpixels?\b|\blatent (space|diffusion)\b|\bdiffusion transformers?\b|\bDiT\b|\bVAEs?\b|\bGANs?\b|\bgenerative adversarial\b/i,
        /\bclassifier-free guidance\b|\bCFG\b|\bguidance\b/i,
      ],
      yieldsTo: ['video'],
    },
  },
  {
    tag: 'video',
    area: 'modalities',
    label: 'Video',
    labelKo: '비디오',
    aliases: [
      'video-generation',
      'text-to-video',
      't2v',
      'video-understanding',
      'video-language',
      'world-model',
      'world-models',
      '동영상',
      '비디오 생성',
    ],
    description: 'Generating and understanding video, and world models learned from it.',
    rules: {
      title: [/video/i, /\btext-to-video\b|\bT2V\b/i, /\bworld (foundation )?models?\b/i],
      terms: [
        /\bvideos?\b/i,
        either(
          /\btext-to-video\b/i,
          /\bvideo (generation|understanding|diffusion|tokenizers?|frames?|LLMs?|language models?|question answering)\b/i,
          /\bT2V\b|\bVBench\b/i,
        ),
        /\bframes?\b|\btemporal(ly)?\b|\bspatio-?temporal\b|\bmotion\b/i,
        /\bworld models?\b/i,
      ],
      needs: /\bvideos?\b/i,
    },
  },
  {
    tag: 'speech-audio',
    area: 'modalities',
    label: 'Speech and audio',
    labelKo: '음성과 오디오',
    aliases: [
      'speech',
      'audio',
      'asr',
      'speech-recognition',
      'text-to-speech',
      'audio-generation',
      'music',
      'voice',
      '음성',
      '오디오',
      '음성 인식',
    ],
    description: 'Speech recognition and synthesis, spoken dialogue, audio and music.',
    rules: {
      title: [/\bspeech\b|\baudio\b|\bspoken\b|\bvoice\b|\bmusic\b/i, /\bASR\b|\bTTS\b/, /\btext-to-speech\b/i],
      terms: [
        /\bspeech\b|\bspoken\b|\bvoice\b/i,
        /\baudio\b|\bacoustic\b|\bmusic\b|\bsound\b/i,
        /\bASR\b|\bspeech recognition\b|\btext-to-speech\b|\bspeech synthesis\b|\bvocoder\b|\b(audio|speech) codec\b/i,
      ],
    },
  },
  {
    tag: 'diffusion',
    area: 'modalities',
    label: 'Diffusion and flow matching',
    labelKo: '확산 모델',
    aliases: ['diffusion-model', 'diffusion-models', 'flow-matching', 'rectified-flow', 'score-based', '디퓨전', '플로 매칭'],
    description: 'Diffusion and flow-matching generative models, their sampling and training.',
    rules: {
      title: [
        /\bdiffusion\b/i,
        either(/\bflow[- ]matching\b|\brectified flows?\b|\bflow (models?|based)\b|\bscore[- ]based\b/i, /\bdenoising diffusion\b/i),
      ],
      terms: [
        /\bdiffusion\b/i,
        /\bflow[- ]matching\b|\brectified flows?\b|\bscore[- ]based\b|\bscore matching\b|\bDDPM\b|\bDDIM\b|\bReFlow\b/i,
        /\bdenois\w*|\bnoise (schedules?|levels?|prediction)\b|\bsampling steps\b|\b(probability flow )?ODEs?\b|\bSDEs?\b/i,
        /\bclassifier-free guidance\b|\bCFG\b|\bguidance\b/i,
      ],
    },
  },
  {
    tag: 'benchmarks',
    area: 'applications',
    label: 'Benchmarks and evaluation',
    labelKo: '벤치마크와 평가',
    aliases: ['benchmark', 'evaluation', 'evals', 'leaderboard', 'llm-evaluation', '벤치마크', '평가'],
    description: 'New benchmarks and evaluation methods: what is measured and how.',
    rules: {
      title: [/\bbenchmark\w*|bench\b|\bleaderboard\b/i, /\bevaluat(e|es|ing|ion|ions)\b|\bevals?\b/i],
      terms: [
        /\bbenchmark\w*/i,
        INTRODUCES_BENCHMARK,
        /\bevaluat(e|ed|es|ing|ion)\b/i,
        /\bleaderboard\b|\bhuman evaluation\b|\bLLM-as-a-judge\b|\bmetrics?\b/i,
      ],
      needs: INTRODUCES_BENCHMARK,
    },
  },
];
