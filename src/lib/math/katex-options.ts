/**
 * KaTeX settings shared by notes (through rehype-katex) and seed text. Nothing here trusts the
 * TeX: commands that would link, load or add HTML attributes (`\href`, `\url`, `\includegraphics`,
 * `\htmlData`, …) are refused, and size and macro expansion are capped so a hostile formula cannot
 * blow up a page or the build.
 */
import type { KatexOptions } from 'katex';

export const SAFE_KATEX_OPTIONS = {
  trust: false,
  /** Rules and spaces larger than this (in em) are clamped. */
  maxSize: 20,
  /** Macro expansions per formula; `\def\a{\a\a}` loops stop here instead of hanging the build. */
  maxExpand: 200,
  output: 'htmlAndMathml',
} as const satisfies KatexOptions;
