import { Alert, Button, Code, Collapse, Group, Modal, Stack, Text } from '@mantine/core';
import { IconFileAlert, IconRestore } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { failureHeading, type OpenFailure } from '../app/openErrors';
import { formatDateTime } from '../app/format';

/**
 * Shown when a workspace file could not be opened: what is wrong in plain words, the specifics
 * behind "Show details", and, when a good backup exists, a button to put it back. The app never
 * writes to the damaged file; restoring keeps a copy of it beside the backups.
 */
export function DamagedFileDialog({
  failure,
  restoring,
  restoreError,
  onRestore,
  onForgetRecent,
  onClose,
}: {
  failure: OpenFailure | null;
  restoring: boolean;
  restoreError: string | null;
  onRestore(backupId: string): void;
  /** Set when the file came from the recent list, so a missing one can be taken off it. */
  onForgetRecent?: () => void;
  onClose(): void;
}) {
  const [showDetails, setShowDetails] = useState(false);
  const detailsId = useId();
  const offer = failure?.offer ?? null;
  const untouched = failure && failure.problem !== 'missing' && !/has not been changed/i.test(failure.message);

  return (
    <Modal
      opened={failure !== null}
      onClose={() => {
        setShowDetails(false);
        onClose();
      }}
      title={
        <Group gap="xs" wrap="nowrap">
          <IconFileAlert size={22} stroke={1.6} aria-hidden color="var(--mantine-color-orange-7)" />
          <Text fw={650} size="lg" component="span">
            {failure ? failureHeading(failure.problem) : ''}
          </Text>
        </Group>
      }
      size="lg"
      data-testid="open-failure-dialog"
    >
      {failure ? (
        <Stack gap="md">
          <Text style={{ overflowWrap: 'anywhere' }}>{failure.message}</Text>
          {untouched ? <Text size="sm">The app has not changed the file.</Text> : null}

          {offer ? (
            <Alert variant="light" color="harbor" title="A good backup is available" icon={<IconRestore size={20} />}>
              <Text size="sm">
                The app keeps copies of your coalition as you work. The newest copy that opens cleanly was saved on{' '}
                {formatDateTime(offer.savedAt)}. Restoring it puts that version back in place; the damaged file is kept
                beside the backups, so nothing is thrown away.
              </Text>
            </Alert>
          ) : failure.problem === 'not-json' || failure.problem === 'invalid' ? (
            <Text size="sm" c="dimmed">
              No backup of this file was found. If you have another copy (sent by e-mail, or on a USB stick), open that
              copy instead.
            </Text>
          ) : null}

          {restoreError ? (
            <Alert color="red" variant="light" title="The backup could not be restored">
              {restoreError}
            </Alert>
          ) : null}

          {failure.details.length > 0 ? (
            <div>
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => setShowDetails((v) => !v)}
                aria-expanded={showDetails}
                aria-controls={detailsId}
              >
                {showDetails ? 'Hide details' : 'Show details'}
              </Button>
              <Collapse expanded={showDetails} id={detailsId}>
                <Code block mt="xs" fz="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {failure.details.join('\n')}
                </Code>
              </Collapse>
            </div>
          ) : null}

          <Group justify="flex-end" gap="sm" mt="xs">
            {onForgetRecent && failure.problem === 'missing' ? (
              <Button variant="default" onClick={onForgetRecent}>
                Remove from recent list
              </Button>
            ) : null}
            <Button variant={offer ? 'default' : 'filled'} onClick={onClose}>
              Close
            </Button>
            {offer ? (
              <Button
                leftSection={<IconRestore size={18} />}
                loading={restoring}
                onClick={() => onRestore(offer.backupId)}
              >
                Restore backup from {formatDateTime(offer.savedAt)}
              </Button>
            ) : null}
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
