import type { FileChild } from 'docx';
import type { RecognitionEvent } from '../model';
import type { WorkspaceDocument } from '../../workspace/document';
import { plainDate } from '../eventDate';
import { honoreesOf, shownOnCertificate, type Honoree } from '../honorees';
import { signerFor, type Signer } from '../signers';
import { paragraph, signatureRow } from '../../export/docx/blocks';
import { renderDocx } from '../../export/docx/document';
import { PAGE, THEME } from '../../export/docx/theme';

/** Sizes in half-points: a certificate is read from arm's length and framed on a wall. */
const SIZE = { coalition: 22, title: 68, presented: 24, agency: 26, award: 38, occasion: 21 };

/**
 * The name's size: large, but small enough that a long name keeps to one or two lines and the
 * certificate to one page (names may be up to 200 characters).
 */
function nameSize(name: string): number {
  if (name.length <= 36) return 60;
  if (name.length <= 60) return 48;
  if (name.length <= 100) return 38;
  return 30;
}

/**
 * One landscape page per honoree, framed, for printing on good paper: the award, the honoree's
 * name and agency, the occasion and date, and lines for the chair and the coordinator to sign.
 * A certificate is the honoree's own (see shownOnCertificate for why it carries their name even
 * when they are not named in shared documents).
 */
export async function certificatesDocx(event: RecognitionEvent, doc: WorkspaceDocument): Promise<Buffer> {
  const signers = [signerFor(doc.stakeholders, 'chair'), signerFor(doc.stakeholders, 'coordinator')];
  const pages = honoreesOf(event, doc).map((honoree) => certificate(honoree, event, doc.coalition.name, signers));
  return renderDocx({
    title: `${event.title}: certificates`,
    coalitionName: doc.coalition.name,
    orientation: 'landscape',
    bare: true,
    pageBorder: true,
    body: [],
    pages,
  });
}

function certificate(honoree: Honoree, event: RecognitionEvent, coalitionName: string, signers: Signer[]): FileChild[] {
  const shown = shownOnCertificate(honoree.nominee);
  const serif = THEME.headingFont;
  const width = PAGE.landscapeContentWidth;
  // Spacing (in DXA) balances the page: LibreOffice and Google Docs ignore Word's vertical
  // centring, so the whitespace itself places the text a little above the middle.
  return [
    paragraph(coalitionName.toUpperCase(), {
      align: 'center',
      size: SIZE.coalition,
      color: THEME.accent,
      bold: true,
      spaceBefore: 900,
      spaceAfter: 420,
    }),
    paragraph('Certificate of Recognition', {
      align: 'center',
      font: serif,
      size: SIZE.title,
      color: THEME.accent,
      spaceAfter: 480,
    }),
    paragraph('is proudly presented to', {
      align: 'center',
      italics: true,
      font: serif,
      size: SIZE.presented,
      color: THEME.muted,
      spaceAfter: 240,
    }),
    paragraph(shown.name, {
      align: 'center',
      font: serif,
      size: nameSize(shown.name),
      bold: true,
      color: '111111',
      spaceAfter: shown.agency ? 120 : 480,
    }),
    ...(shown.agency
      ? [paragraph(shown.agency, { align: 'center', size: SIZE.agency, color: THEME.muted, spaceAfter: 480 })]
      : []),
    paragraph(honoree.category.name, {
      align: 'center',
      font: serif,
      size: SIZE.award,
      color: THEME.accent,
      bold: true,
      spaceAfter: 160,
    }),
    paragraph(`${event.title}  ·  ${plainDate(event.date)}`, {
      align: 'center',
      size: SIZE.occasion,
      color: THEME.muted,
      spaceAfter: 360,
    }),
    signatureRow(signers, Math.round(width * 0.72)),
  ];
}
