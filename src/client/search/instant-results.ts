import { langOf } from '../../lib/text.ts';
import { element, renderExcerpt } from './dom.ts';
import { META, TOPIC_SEPARATOR } from '../../search/fields.ts';
import { type ResultData, resultExcerpt } from './pagefind-client.ts';
import { resultKind } from './result-kind.ts';

/**
 * One result of the header search, as a listbox option: title; what it is, date and topics; excerpt. Options
 * hold no links (an option's content is presentational to assistive technology); the script
 * opens `data-href` when an option is chosen.
 *
 * The option is named by its title alone, so moving through the list reads titles: the facts and
 * the excerpt are hidden from the name and given as the option's description instead.
 */
export function renderOption(data: ResultData, id: string, href: string): HTMLLIElement {
  const option = element('li', 'site-search-option');
  option.id = id;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.dataset['href'] = href;

  const title = element('span', 'site-search-title', data.meta[META.title] ?? data.url);
  if (langOf(title.textContent) === 'ko') title.lang = 'ko';
  option.append(title);
  const described: string[] = [];

  const topics = data.meta[META.topics]?.split(TOPIC_SEPARATOR).join(', ');
  const facts = [resultKind(data.url), data.meta[META.date], topics].filter((fact) => fact);
  if (facts.length > 0) {
    const line = element('span', 'site-search-facts', facts.join(' · '));
    line.id = `${id}-facts`;
    line.setAttribute('aria-hidden', 'true');
    option.append(line);
    described.push(line.id);
  }

  const parts = resultExcerpt(data);
  if (parts.length > 0) {
    const excerpt = element('span', 'site-search-excerpt');
    excerpt.id = `${id}-excerpt`;
    excerpt.setAttribute('aria-hidden', 'true');
    excerpt.append(renderExcerpt(parts));
    if (langOf(excerpt.textContent) === 'ko') excerpt.lang = 'ko';
    option.append(excerpt);
    described.push(excerpt.id);
  }

  if (described.length > 0) option.setAttribute('aria-describedby', described.join(' '));
  return option;
}
