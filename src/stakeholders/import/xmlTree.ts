import { XMLParser } from 'fast-xml-parser';
import { ImportRefused } from './refusal';

/**
 * Spreadsheet XML as a tree that keeps the order of children (a cell's text runs and spaces
 * must be read in order). Namespace prefixes are dropped: writers differ in the prefixes they
 * choose, and the element names alone are unambiguous in these formats. Entities are limited by
 * the parser's defaults (a "billion laughs" document is refused), values are kept as text.
 */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Deeper than any spreadsheet's XML; a hostile file nested deeper is refused, not followed.
  maxNestedTags: 256,
});

export function parseXml(bytes: Uint8Array, kind: string): XmlNode[] {
  try {
    return parser.parse(new TextDecoder('utf-8').decode(bytes)) as XmlNode[];
  } catch {
    throw new ImportRefused(
      `Part of this ${kind} could not be read; the file may be damaged. Open it in your spreadsheet program and save it again, or save it as CSV.`,
    );
  }
}

const ATTRIBUTES = ':@';
const TEXT = '#text';

export function nameOf(node: XmlNode): string {
  for (const key of Object.keys(node)) if (key !== ATTRIBUTES) return key;
  return '';
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[nameOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attributeOf(node: XmlNode, name: string): string | undefined {
  const attributes = node[ATTRIBUTES] as Record<string, unknown> | undefined;
  const value = attributes?.[name];
  return typeof value === 'string' ? value : undefined;
}

export function textOfNode(node: XmlNode): string | null {
  const value = node[TEXT];
  return typeof value === 'string' ? value : null;
}

/** The children of `node` named `name`. */
export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return childrenOf(node).filter((child) => nameOf(child) === name);
}

/** Every element named `name` under `nodes`, in document order, without descending into a match. */
export function findAll(nodes: readonly XmlNode[], name: string): XmlNode[] {
  const found: XmlNode[] = [];
  // An explicit stack rather than recursion: a hostile file may nest elements very deep.
  const stack: XmlNode[] = [...nodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (nameOf(node) === name) {
      found.push(node);
      continue;
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
  return found;
}

/** All the text under a node, in order (used for xlsx `<t>` runs). */
export function allText(node: XmlNode, skip: ReadonlySet<string> = new Set()): string {
  let text = '';
  const stack: XmlNode[] = [node];
  while (stack.length) {
    const current = stack.pop()!;
    const own = textOfNode(current);
    if (own !== null) {
      text += own;
      continue;
    }
    if (skip.has(nameOf(current))) continue;
    const children = childrenOf(current);
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
  return text;
}
