import type { WorkspaceDocument } from '../../workspace/document';
import { previewTable, tableOfRows, type CsvPreview } from '../csvImport';
import type { ImportField } from '../importRow';
import type { TextEncodingName } from './encoding';
import { readImportFile } from './source';

export interface FileChoices {
  /** The encoding the person chose in the preview; detected from the bytes when left out. */
  encoding?: TextEncodingName | undefined;
  /** The sheet chosen; the first when left out. */
  sheet?: string | undefined;
  mapping?: readonly ImportField[] | undefined;
}

/** Reads a chosen file of any supported format and previews its rows against the workspace. Saves nothing. */
export function previewFile(
  bytes: Uint8Array,
  fileName: string,
  doc: Pick<WorkspaceDocument, 'stakeholders' | 'organizations'>,
  choices: FileChoices = {},
): CsvPreview {
  const file = readImportFile(bytes, fileName, choices);
  const table = tableOfRows(file.rows, file.delimiter);
  return previewTable(table, doc, { mapping: choices.mapping, implied: file.implied, source: file.source });
}
