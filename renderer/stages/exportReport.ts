import { act } from '../components/act';
import { describeSaved, type ExportResult } from '../reports/catalog';

/** Runs an export and says where it went; a cancelled save dialog says nothing. */
export async function runExport(save: () => Promise<ExportResult>, what: string): Promise<void> {
  // One line, no title: the file name is the news, and a title would dim it below readable contrast.
  await act(save, `${what} was not saved`, (result) => {
    const saved = describeSaved(result);
    return saved ? `${what} saved as ${saved}` : null;
  });
}
