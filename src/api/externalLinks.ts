/**
 * Which links may leave the app for the user's browser or mail program. The URL is parsed, not
 * matched as text, so "https://evil.example\@good" style tricks and "javascript:" never pass.
 */
const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:']);

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false;
  if (url.protocol === 'https:') return url.hostname.length > 0 && url.username === '' && url.password === '';
  return url.pathname.length > 0;
}
