import {
  Alert,
  Badge,
  Button,
  CopyButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconCertificate, IconCheck, IconCopy, IconFileText, IconLock } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import type { RecognitionEvent } from '../../src/recognition/model';
import { citationFor } from '../../src/recognition/citation';
import { honoreesOf, isUnnamedInPublic, publicCitation, type Honoree } from '../../src/recognition/honorees';
import { ApiError, call } from '../api/client';
import { act } from '../components/act';
import { showSuccess } from '../components/feedback';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { SectionHeading } from '../components/SectionHeading';

/** What goes to the printer and the press: the program, the certificates and the list of honorees. */
export function PrintPanel({ event }: { event: RecognitionEvent }) {
  const doc = useDoc();
  const honorees = useMemo(() => honoreesOf(event, doc), [event, doc]);
  const [busy, setBusy] = useState<'program' | 'certificates' | 'tents' | null>(null);
  const [pressText, setPressText] = useState('');

  useEffect(() => {
    // The list comes from the same function the export uses, so the screen and the press agree.
    let live = true;
    call('honoreeListText', { eventId: event.id })
      .then((text) => live && setPressText(text))
      .catch(() => live && setPressText(''));
    return () => {
      live = false;
    };
  }, [event, doc.stakeholders, doc.organizations]);

  async function save(kind: 'program' | 'certificates' | 'tents') {
    setBusy(kind);
    await act(
      () =>
        kind === 'program'
          ? call('exportProgrammeDocx', { eventId: event.id })
          : kind === 'tents'
            ? call('exportCeremonyNameTentsDocx', { eventId: event.id })
            : call('exportCertificatesDocx', { eventId: event.id }),
      kind === 'program' ? 'The program was not saved' : kind === 'tents' ? 'The name tents were not saved' : 'The certificates were not saved',
      // Nothing is said when the person cancels the save dialog.
      (saved) => (saved ? `Saved ${saved.fileName}.` : null),
    );
    setBusy(null);
  }

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder radius="lg" p="lg">
          <Stack gap="sm">
            <Title order={2} size="h3">
              Printed program
            </Title>
            <Text size="sm" c="dimmed">
              A Word document for guests: the date and venue, the run of show with times, each honoree with a short
              citation, and a thank-you to your partner organizations.
            </Text>
            <Button
              leftSection={<IconFileText size={18} />}
              onClick={() => save('program')}
              loading={busy === 'program'}
              w="fit-content"
            >
              Save program (.docx)
            </Button>
          </Stack>
        </Paper>
        <Paper withBorder radius="lg" p="lg">
          <Stack gap="sm">
            <Title order={2} size="h3">
              Certificates
            </Title>
            <Text size="sm" c="dimmed">
              One framed landscape page per honoree, with lines for the steering committee chair and the CIT coordinator
              to sign.
            </Text>
            <Button
              leftSection={<IconCertificate size={18} />}
              onClick={() => save('certificates')}
              loading={busy === 'certificates'}
              disabled={honorees.length === 0}
              w="fit-content"
            >
              Save certificates (.docx)
            </Button>
            {honorees.length === 0 ? (
              <Text size="sm" c="dimmed">
                Select honorees in Committee review first.
              </Text>
            ) : null}
          </Stack>
        </Paper>
        <Paper withBorder radius="lg" p="lg">
          <Stack gap="sm">
            <Title order={2} size="h3">
              Name tents
            </Title>
            <Text size="sm" c="dimmed">
              One folded page per honoree and speaker, readable from both sides of the table. Anyone who asked not to
              be named gets a blank tent to write on.
            </Text>
            <Button onClick={() => save('tents')} loading={busy === 'tents'} w="fit-content">
              Save name tents (.docx)
            </Button>
          </Stack>
        </Paper>
      </SimpleGrid>

      <section aria-labelledby="honorees-heading">
        <Title order={2} size="h3" id="honorees-heading" mb="xs">
          Honorees and their citations
        </Title>
        {honorees.length === 0 ? (
          <Text size="sm" c="dimmed">
            No honorees yet. Once the committee selects them, each appears here with the citation printed under their
            name in the program.
          </Text>
        ) : (
          <Stack gap="sm">
            {honorees.map((honoree) => (
              <HonoreeCitation key={honoree.nomination.id} event={event} honoree={honoree} />
            ))}
          </Stack>
        )}
      </section>

      <section aria-labelledby="press-heading">
        <SectionHeading id="press-heading" title="Honorees for a press release or social post" mb="xs">
          <CopyButton value={pressText}>
            {({ copied, copy }) => (
              <Button
                variant="default"
                leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                onClick={copy}
                disabled={!pressText}
              >
                {copied ? 'Copied' : 'Copy text'}
              </Button>
            )}
          </CopyButton>
        </SectionHeading>
        <Textarea
          aria-label="Honoree list to copy"
          value={pressText}
          readOnly
          autosize
          minRows={4}
          maxRows={16}
          data-testid="press-text"
        />
        <Text size="xs" c="dimmed" mt={4}>
          Anyone who asked not to be named appears as “An honoree who asked not to be named”, without their agency.
        </Text>
      </section>
    </Stack>
  );
}

/** One honoree: how they appear in public, and the citation, editable (saved when the field is left). */
function HonoreeCitation({ event, honoree }: { event: RecognitionEvent; honoree: Honoree }) {
  const { run } = useWorkspaceActions();
  const [text, setText] = useState(honoree.nomination.citation);
  const [error, setError] = useState<string | undefined>();
  const unnamed = isUnnamedInPublic(honoree.nominee);

  useEffect(() => setText(honoree.nomination.citation), [honoree.nomination.citation]);

  async function commit() {
    if (text === honoree.nomination.citation) return;
    try {
      await run('updateNomination', { eventId: event.id, id: honoree.nomination.id, changes: { citation: text } });
      setError(undefined);
      showSuccess(`Citation saved for ${honoree.nominee.name}.`);
    } catch (failure) {
      setError(
        failure instanceof ApiError
          ? (failure.fields['changes.citation'] ?? failure.message)
          : (failure as Error).message,
      );
    }
  }

  const printed = publicCitation({ ...honoree, nomination: { ...honoree.nomination, citation: text } });
  return (
    <Paper withBorder radius="md" p="md" data-testid="honoree">
      <Group justify="space-between" align="flex-start" mb={6}>
        <div>
          <Text size="sm" c="dimmed">
            {honoree.category.name}
          </Text>
          <Text fw={600}>
            {honoree.nominee.name}
            {honoree.nominee.agency ? (
              <Text span c="dimmed" fw={400}>
                {' '}
                · {honoree.nominee.agency}
              </Text>
            ) : null}
          </Text>
        </div>
        {unnamed ? (
          <Badge color="grape" variant="light" leftSection={<IconLock size={12} />} tt="none">
            Not named in public
          </Badge>
        ) : null}
      </Group>
      {unnamed ? (
        <Alert color="grape" variant="light" mb="sm" p="xs">
          <Text size="sm">
            The program and the press list show “An honoree who asked not to be named”. Their certificate carries their
            name, because it is theirs: hand it to them privately rather than reading it out.
          </Text>
        </Alert>
      ) : null}
      <Textarea
        label="Citation in the program"
        description={
          unnamed
            ? 'Printed only if you write one here; their story is never printed for them.'
            : text.trim()
              ? 'Printed as written.'
              : 'Empty: the opening of the nomination story is printed (shown greyed).'
        }
        placeholder={
          unnamed
            ? 'For example: for courage that changed how our officers listen.'
            : citationFor({ citation: '', story: honoree.nomination.story })
        }
        autosize
        minRows={2}
        maxRows={6}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        error={error}
        aria-label={`Citation for ${honoree.nominee.name}`}
      />
      {unnamed && !printed ? (
        <Text size="xs" c="dimmed" mt={4}>
          No citation will be printed.
        </Text>
      ) : null}
    </Paper>
  );
}
