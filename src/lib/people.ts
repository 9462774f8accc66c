/** Who wrote a paper, in a few words for a list row: the organisation, the first authors, or the count the dump gives. */
import type { Paper } from '../schemas/index.ts';

const NAMED = 2;

export function peopleLine(paper: Paper): string | null {
  if (paper.organisation) return paper.organisation.name;
  const [first, second] = paper.authors;
  const rest = paper.authors.length - NAMED;
  if (first && paper.authors.length === 1) return first;
  if (first && second) return rest > 0 ? `${first}, ${second} and ${rest} more` : `${first} and ${second}`;
  if (paper.team) return paper.team;
  return paper.authorCount ? `${paper.authorCount} ${paper.authorCount === 1 ? 'author' : 'authors'}` : null;
}
