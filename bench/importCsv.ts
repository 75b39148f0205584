import type { WorkspaceDocument } from '../src/workspace/document';
import { seededRandom } from './generator/random';
import { AGENCIES, personName } from './generator/text';

/**
 * A spreadsheet like an agency's export for the import preview: `rows` people, a tenth of them
 * already in the workspace (so duplicates are found), phone numbers with leading zeros, a
 * byte-order mark and Windows line ends, as Excel writes them.
 */
export function importCsv(doc: WorkspaceDocument, rows: number, seed = 7): string {
  const random = seededRandom(seed);
  const lines = ['First Name,Last Name,Agency,Title,E-mail,Phone,Notes'];
  for (let i = 0; i < rows; i += 1) {
    const existing = random.chance(0.1) ? random.pick(doc.stakeholders) : undefined;
    const [first, ...rest] = (existing?.name ?? personName(random)).split(' ');
    const email = existing?.email || `new.${i}@agency.example`;
    lines.push(`${first},${rest.join(' ')},"${random.pick(AGENCIES)}, Unit ${i % 40}",Officer,${email},0161 555 ${String(i).padStart(4, '0')},"Met at the forum, wants data"`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
