/** Text for an SVG document: what a label may hold (an ampersand, a quote) must not break the markup. */
export function escapeSvg(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
