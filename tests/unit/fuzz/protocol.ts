/** What the fuzz test and its worker thread say to each other. */

export interface FuzzJob {
  /** A key of MUTATIONS, or MIXED or HARMLESS. */
  readonly kind: string;
  readonly cases: number;
}

export type FuzzMessage =
  | { readonly type: 'start'; readonly index: number; readonly label: string }
  | { readonly type: 'done'; readonly index: number; readonly outcome: 'parsed' | 'rejected'; readonly ms: number }
  | { readonly type: 'failure'; readonly index: number; readonly label: string; readonly problem: string }
  | { readonly type: 'finished' };

/** Several mutations on one dump. */
export const MIXED = 'several at once';
/** Rewrites that must leave the parse exactly as it was. */
export const HARMLESS = 'harmless rewrites';
/** Each of PATHOLOGICAL_LINES once, in a random dump at a random place. */
export const PATHOLOGICAL = 'every line shape before 100k of one piece';
