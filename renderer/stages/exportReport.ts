import { notifications } from '@mantine/notifications';
import { describeSaved } from '../reports/catalog';

/** Runs an export and says where it went; a cancelled save dialog says nothing. */
export async function runExport(save: () => Promise<unknown>, what: string): Promise<void> {
  try {
    const saved = describeSaved(await save());
    // One line, no title: the file name is the news, and a title would dim it below readable contrast.
    if (saved) notifications.show({ color: 'teal', message: `${what} saved as ${saved}` });
  } catch (error) {
    notifications.show({ color: 'red', title: `${what} was not saved`, message: (error as Error).message, autoClose: 8000 });
  }
}
