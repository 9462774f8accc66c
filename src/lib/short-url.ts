/**
 * A URL as link text: host and path without the scheme, `www.` or a trailing slash, cut after the
 * path segments that fit (`github.com/deepseek-ai/DeepSeek-V3/…`). The link itself keeps the
 * whole address.
 */
export function shortUrl(href: string, max = 40): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  const host = url.hostname.replace(/^www\./u, '');
  const segments = url.pathname.split('/').filter(Boolean);
  const whole = [host, ...segments].join('/');
  if (Array.from(whole).length <= max) return whole;
  let shown = host;
  for (const segment of segments) {
    if (Array.from(`${shown}/${segment}/…`).length > max) break;
    shown = `${shown}/${segment}`;
  }
  return `${shown}/…`;
}
