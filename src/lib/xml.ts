/**
 * Text that goes into an XML file (feeds). XML 1.0 allows only some characters anywhere in a
 * document, even escaped (https://www.w3.org/TR/xml/#charsets): no C0 controls but tab, line
 * feed and carriage return, no U+FFFE or U+FFFF, no lone surrogates. One such character in a seed
 * title or tag would make the whole feed unreadable, so each becomes U+FFFD, the replacement
 * character, which shows that something was there.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const XML_REPLACEMENT = '\uFFFD';

export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, XML_REPLACEMENT);
}

/** A copy of plain data (objects, arrays) with every string made XML-safe; dates, numbers and the like are kept. */
export function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return xmlText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => xmlSafe(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, xmlSafe(item)])) as T;
  }
  return value;
}
