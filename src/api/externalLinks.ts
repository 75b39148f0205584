import { isPlainEmailAddress } from '../model/emailAddress';

/**
 * Which links may leave the app for the user's browser or mail program. The URL is parsed, not
 * matched as text, so "https://evil.example\@good" style tricks and "javascript:" never pass.
 */
const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:']);

/**
 * The mail-link parameters the app itself writes (an invitation: Bcc, subject, body). Others
 * (`attach`, `cc`, `to`, headers) are refused: some mail programs attach a local file named
 * by `attach=`, and a link from a pasted address must not add recipients or headers.
 */
const MAILTO_PARAMETERS = new Set(['subject', 'body', 'bcc']);

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false;
  if (url.protocol === 'https:') return url.hostname.length > 0 && url.username === '' && url.password === '';
  return isAllowedMailLink(url);
}

/** Plain addresses only, in "to" and in Bcc, and only the parameters the app writes. */
function isAllowedMailLink(url: URL): boolean {
  if (url.hash !== '') return false;
  const to = addressesOf(url.pathname);
  if (to === null) return false;
  let recipients = to.length;
  for (const [name, value] of url.searchParams) {
    const parameter = name.toLowerCase();
    if (!MAILTO_PARAMETERS.has(parameter)) return false;
    if (parameter !== 'bcc') continue;
    const bcc = addressesOf(value, false);
    if (bcc === null || bcc.length === 0) return false;
    recipients += bcc.length;
  }
  // An invitation to many leaves "to" empty and lists everyone in Bcc. With no one to write to, a
  // link still opens a new message with its subject, for the person to address; an empty one does not.
  return recipients > 0 || url.search.length > 1;
}

/** The plain addresses in a comma-separated list, or null when any entry is not one. */
function addressesOf(list: string, encoded = true): string[] | null {
  let text: string;
  try {
    text = encoded ? decodeURIComponent(list) : list;
  } catch {
    return null;
  }
  if (text === '') return [];
  const addresses = text.split(',');
  return addresses.every(isPlainEmailAddress) ? addresses : null;
}
