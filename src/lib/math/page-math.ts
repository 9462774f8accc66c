/** Whether a paper or blog post page shows a formula, so the page links the math stylesheets. */
import type { Paper, Post } from '../../schemas/index.ts';
import { hasMath } from './split.ts';

/** The texts the pages render through MathText. */
function paperTexts(paper: Paper): string[] {
  return [...paper.abstract, ...paper.commentary.ko, ...paper.commentary.en];
}

function postTexts(post: Post): string[] {
  return post.body.flatMap((block) => {
    if (block.type === 'paragraph') return [block.text];
    if (block.type === 'list') return block.items;
    return block.type === 'quote' ? block.lines : [];
  });
}

const OPTIONS = { styleClasses: false } as const;

export function paperHasMath(paper: Paper): boolean {
  return hasMath(paperTexts(paper), OPTIONS);
}

export function postHasMath(post: Post): boolean {
  return hasMath(postTexts(post), OPTIONS);
}
