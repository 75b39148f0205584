/**
 * A plain email address: a name, "@", and a domain of dotted labels, with nothing a mail link
 * could read as more than an address. `?`, `&`, `=`, `%` and `#` would start link parameters
 * (`a@b.org?attach=/etc/passwd` makes some mail programs attach a local file); `,` and `;` would
 * add recipients; quotes, brackets and backslashes are legal in the standard but are not what
 * anyone types for a colleague. Letters of any script are allowed, as mail programs accept them.
 */
const LOCAL = /^[\p{L}\p{M}\p{N}_'+-]+(\.[\p{L}\p{M}\p{N}_'+-]+)*$/u;
const LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;

export function isPlainEmailAddress(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0 || at !== value.indexOf('@')) return false;
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  return (
    local.length <= 64 &&
    LOCAL.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    /^\p{L}{2,}$/u.test(labels.at(-1)!)
  );
}
