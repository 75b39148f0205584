import { Paragraph, Table, TableCell, TableRow, TextRun, type ITableOptions } from 'docx';
import { newId } from '../../model/ids';

/**
 * A docx Table whose body rows are written as text (./tableRows) rather than built by docx. docx
 * writes the table with one marker row in their place; renderDocx then swaps the marker row for
 * the rows in the document part docx wrote (spliceRows). Only renderDocx knows to do that, so such
 * a table belongs in a body given to renderDocx, not in a header, footer or another table.
 */
export class TableWithRows extends Table {
  readonly marker: string;
  readonly rowsXml: string;

  constructor(options: Omit<ITableOptions, 'rows'> & { header: TableRow; columnCount: number; rowsXml: string }) {
    const { header, columnCount, rowsXml, ...table } = options;
    const marker = `rows-${RUN}-${(count += 1)}`;
    const markerRow = new TableRow({
      children: [
        new TableCell({ columnSpan: columnCount, children: [new Paragraph({ children: [new TextRun(marker)] })] }),
      ],
    });
    super({ ...table, rows: [header, markerRow] });
    this.marker = marker;
    this.rowsXml = rowsXml;
  }
}

// Markers no text in a workspace can match: a random part per process, and a count.
const RUN = newId();
let count = 0;

/** The document part with each table's marker row replaced by its rows. */
export function spliceRows(documentXml: string, tables: readonly TableWithRows[]): string {
  const cuts = tables
    .map((table) => {
      const at = documentXml.indexOf(table.marker);
      if (at < 0) throw new Error('A data table is missing from the document: only renderDocx bodies can hold one.');
      const start = documentXml.lastIndexOf('<w:tr>', at);
      const end = documentXml.indexOf('</w:tr>', at) + '</w:tr>'.length;
      return { start, end, xml: table.rowsXml };
    })
    .sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(documentXml.slice(from, cut.start), cut.xml);
    from = cut.end;
  }
  parts.push(documentXml.slice(from));
  return parts.join('');
}
