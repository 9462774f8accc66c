/** The loader's way into the topic taxonomy, which lives in src/taxonomy/. */
export { topicsFor } from '../taxonomy/assign.ts';
export { TOPICS } from '../taxonomy/topics.ts';
export type { Topic } from '../taxonomy/topic.ts';
