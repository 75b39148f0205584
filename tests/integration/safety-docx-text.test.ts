import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { bullet, dataTable, heading, labelled, paragraph } from '../../src/export/docx/blocks';
import { renderDocx } from '../../src/export/docx/document';
import { readDocx } from '../support/docx';
import { convertWithLibreOffice, hasLibreOffice } from '../support/libreoffice';

/**
 * Text that XML, and so Word, cannot hold: control characters and lone surrogate halves. A
 * workspace can contain them (pasted from another program, or in a file made elsewhere: lone
 * surrogates pass the input rules, and old files predate them), and one such character makes
 * Word refuse the whole document. Every export block cleans text on its way in; this renders a
 * document full of them, reads it back, and has LibreOffice open it.
 */
const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i))
  .filter((c) => !'\t\n\r'.includes(c))
  .join('');
const LONE_HIGH = '\ud800';
const LONE_LOW = '\udc00';
const hostile = (label: string) => `${label}${CONTROLS}${LONE_HIGH} and ${LONE_LOW}\ufffe\uffff end 😀`;

// Characters XML 1.0 forbids, and surrogates not part of a pair: matching them is the point.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('text Word cannot hold, in a Word export', () => {
  it('is removed from every block, keeping the rest of the text (emoji included), and the file opens', async () => {
    const bytes = await renderDocx({
      title: hostile('Title'),
      coalitionName: hostile('Coalition'),
      subtitle: hostile('Subtitle'),
      body: [
        heading(hostile('Heading')),
        paragraph(hostile('Paragraph')),
        labelled(hostile('Label'), hostile('Value')),
        bullet(hostile('Bullet')),
        dataTable(
          [
            { header: hostile('Column'), weight: 1 },
            { header: 'Notes', weight: 2 },
          ],
          [[hostile('Cell'), `Line one${LONE_LOW}\nLine two\u0007`]],
        ),
      ],
    });

    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
      const xml = await zip.file(name)!.async('string');
      expect(NOT_XML.test(xml), `${name} holds a character XML forbids`).toBe(false);
    }

    const { paragraphs } = await readDocx(bytes);
    for (const label of ['Heading', 'Paragraph', 'Bullet', 'Cell', 'Column']) {
      expect(paragraphs).toContain(`${label} and  end 😀`);
    }
    expect(paragraphs).toContain('Label and  end 😀: Value and  end 😀');
    expect(paragraphs).toContain('Line one\nLine two');
    expect(paragraphs.join('\n')).toContain('COALITION AND  END 😀');

    if (await hasLibreOffice()) {
      const { pages } = await convertWithLibreOffice(bytes, 'hostile-text.docx');
      expect(pages).toBeGreaterThanOrEqual(1);
    }
  }, 120_000);
});
