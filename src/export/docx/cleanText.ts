/**
 * Text Word can hold. XML 1.0 (and so .docx) cannot contain most control characters, lone
 * surrogate halves or the non-characters U+FFFE/U+FFFF; Word refuses the whole file if one slips
 * in. They are removed here, at the last step before export, whatever the workspace holds.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the purpose
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanForWord(text: string): string {
  return text.replace(NOT_XML, '');
}
