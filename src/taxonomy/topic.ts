/** The shape of a topic in the site's taxonomy and of the rules that assign it. */

/** A title rule: one pattern, or several that must all match the title. */
export type TitleRule = RegExp | readonly RegExp[];

/**
 * How a paper earns a topic. A topic is given for its name in the title, or for several distinct
 * terms of its vocabulary in the abstract, never for one passing mention: "MoE" once in a paper on
 * decoding earns nothing, "mixture-of-experts" with "router" and "load balancing" does.
 */
export interface TopicRules {
  /** Any of these in the title is enough on its own. */
  readonly title: readonly TitleRule[];
  /**
   * The topic's vocabulary in groups of synonyms; each group counts once however often it occurs,
   * so an abbreviation and its expansion are one term. The first group is the topic's own name:
   * said three times or more, it counts as a second term.
   */
  readonly terms: readonly RegExp[];
  /** Distinct terms the abstract needs without a title match (default 2). */
  readonly minTerms?: number;
  /** A term the abstract must contain when the title does not match, e.g. a benchmark being introduced. */
  readonly needs?: RegExp;
  /** Phrases removed before matching: vector quantization is a tokenizer's business, not quantization. */
  readonly ignore?: readonly RegExp[];
  /** Topics that make this one redundant on the same paper (recognition gives way to generation). */
  readonly yieldsTo?: readonly string[];
}

export interface Topic {
  /** The topic's tag, its URL segment under `/tags/`. */
  readonly tag: string;
  /** English name, as headings show it. */
  readonly label: string;
  /** Korean name, shown beside the English one and indexed for search so Korean queries reach English papers. */
  readonly labelKo: string;
  /**
   * Other names readers and authors use: hashtag spellings (`rl`, `mixture_of_experts`), abbreviations
   * and Korean terms. An author hashtag equal to an alias joins the topic's page.
   */
  readonly aliases: readonly string[];
  readonly description: string;
  readonly rules: TopicRules;
}
