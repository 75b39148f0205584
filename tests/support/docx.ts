import JSZip from 'jszip';

/**
 * Reads a .docx back the way a test needs it: the text of every paragraph in document order
 * (table cells included), the number of sections, and whether the page is landscape.
 */
export interface DocxContents {
  paragraphs: string[];
  text: string;
  xml: string;
  sectionCount: number;
  landscapeSections: number;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxContents> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('Not a Word document: word/document.xml is missing.');
  const xml = await file.async('string');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>|<w:(br|tab)\/>/g)]
      .map((t) => (t[2] === 'br' ? '\n' : t[2] === 'tab' ? '\t' : decodeXml(t[1] ?? '')))
      .join(''),
  );
  return {
    paragraphs,
    text: paragraphs.join('\n'),
    xml,
    sectionCount: (xml.match(/<w:sectPr/g) ?? []).length,
    landscapeSections: (xml.match(/w:orient="landscape"/g) ?? []).length,
  };
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
