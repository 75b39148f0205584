import { notifications } from '@mantine/notifications';
import { call } from '../api/client';
import { showFailure } from '../components/feedback';

/**
 * The stakeholder exports as the screen runs them: the main process asks where to save; the
 * screen says what was written, and what privacy left out.
 */
function saved(fileName: string, detail?: string) {
  notifications.show({
    color: 'teal',
    title: `Saved ${fileName}`,
    message: detail ?? 'The file is where you chose to save it.',
    autoClose: 5000,
  });
}

export async function exportVcards(ids: string[]): Promise<void> {
  try {
    const result = await call('exportVcards', { ids });
    if (!result.saved) return;
    saved(
      result.saved.fileName,
      `${result.included === 1 ? 'One contact card' : `${result.included} contact cards`}.` +
        (result.leftOut
          ? ` ${result.leftOut === 1 ? 'One person was' : `${result.leftOut} people were`} left out because they asked not to be named outside the coalition.`
          : ''),
    );
  } catch (error) {
    showFailure(error, 'No contact cards were saved');
  }
}

export async function exportCsv(shareSafe: boolean, ids?: string[]): Promise<void> {
  try {
    const result = await call('exportStakeholdersCsv', ids ? { ids, shareSafe } : { shareSafe });
    if (result.saved)
      saved(
        result.saved.fileName,
        `${result.included === 1 ? 'One person' : `${result.included} people`}${shareSafe ? ', with private details left out' : ''}.`,
      );
  } catch (error) {
    showFailure(error, 'The list was not saved');
  }
}

export async function exportRoster(): Promise<void> {
  try {
    const { saved: file, summary } = await call('exportRosterDocx', {});
    if (file) {
      saved(
        file.fileName,
        `${summary.listed} people in ${summary.sectors} sectors.` +
          (summary.withheld ? ` ${summary.withheld} listed without their name, at their request.` : ''),
      );
    }
  } catch (error) {
    showFailure(error, 'The roster was not saved');
  }
}
