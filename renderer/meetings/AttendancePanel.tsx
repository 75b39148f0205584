import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCheck, IconTrash, IconX } from '@tabler/icons-react';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { AttendanceStatus, type Meeting, type QuorumRule } from '../../src/meetings/model';
import { Sector } from '../../src/model/sector';
import { attendanceOf } from '../../src/meetings/attendance';
import { describeQuorumRule, quorumStatus } from '../../src/meetings/quorum';
import { representation } from '../../src/meetings/representation';
import { act } from '../components/act';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { SectionHeading } from '../components/SectionHeading';

const RULES: QuorumRule['kind'][] = [
  'none',
  'steering-committee-majority',
  'workgroup-majority',
  'invitee-majority',
  'fixed',
];
const NOT_MARKED = 'unmarked';

/** Who came: a mark per invitee, guests, the quorum and who is represented in the room. */
export function AttendancePanel({ meeting }: { meeting: Meeting }) {
  const doc = useDoc();
  const { run } = useWorkspaceActions();
  const quorum = useMemo(() => quorumStatus(meeting, doc), [meeting, doc]);
  const room = useMemo(() => representation(meeting, doc.stakeholders), [meeting, doc.stakeholders]);
  const people = meeting.inviteeIds
    .map((id) => doc.stakeholders.find((s) => s.id === id))
    .filter((p) => p !== undefined);
  const guest = useForm({ mode: 'controlled', initialValues: { name: '', organization: '' } });

  const mark = (stakeholderId: string, value: string) =>
    act(
      () =>
        run('setAttendance', {
          meetingId: meeting.id,
          marks: [
            { stakeholderId, status: value === NOT_MARKED ? null : (value as Meeting['attendance'][number]['status']) },
          ],
        }),
      'Attendance was not recorded',
    );
  const unmarked = people.filter((p) => !attendanceOf(meeting, p.id));
  const setRule = (rule: QuorumRule) =>
    act(() => run('updateMeeting', { id: meeting.id, changes: { quorum: rule } }), 'The quorum rule was not changed');

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md" radius="md" aria-labelledby="quorum-heading" component="section">
          <Title order={2} size="h4" id="quorum-heading" mb="xs">
            Quorum
          </Title>
          <Group align="flex-end" mb="sm">
            <Select
              label="Quorum rule"
              data={RULES.map((kind) => ({
                value: kind,
                label: describeQuorumRule(kind === 'fixed' ? { kind, count: 3 } : ({ kind } as QuorumRule)).replace(
                  'At least 3 people present',
                  'A fixed number of people',
                ),
              }))}
              value={meeting.quorum.kind}
              allowDeselect={false}
              onChange={(kind) =>
                kind &&
                setRule(
                  kind === 'fixed'
                    ? { kind: 'fixed', count: meeting.quorum.kind === 'fixed' ? meeting.quorum.count : 3 }
                    : ({ kind } as QuorumRule),
                )
              }
              w={300}
            />
            {meeting.quorum.kind === 'fixed' ? (
              <NumberInput
                label="People needed"
                min={1}
                max={1000}
                allowDecimal={false}
                value={meeting.quorum.count}
                onBlur={(e) => setRule({ kind: 'fixed', count: Math.max(1, Number(e.currentTarget.value) || 1) })}
                w={140}
              />
            ) : null}
          </Group>
          {quorum.applies ? (
            <Alert
              color={quorum.met ? undefined : 'red'}
              icon={quorum.met ? <IconCheck size={18} /> : <IconX size={18} />}
              data-testid="quorum"
              title={quorum.met ? 'Quorum present' : 'No quorum yet'}
            >
              {quorum.detail}
            </Alert>
          ) : (
            <Text size="sm" c="dimmed">
              This meeting has no quorum rule.
            </Text>
          )}
        </Paper>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="room-heading">
          <Title order={2} size="h4" id="room-heading" mb="xs">
            Who is in the room
          </Title>
          {room.peopleInRoom === 0 ? (
            <Text size="sm" c="dimmed">
              Mark who is present to see which partners are represented.
            </Text>
          ) : (
            <Stack gap="xs">
              <Group gap={6}>
                {room.sectors.map((s) => (
                  <Badge key={s.sector} variant="light">
                    {s.label}: {s.count}
                  </Badge>
                ))}
              </Group>
              <Text size="sm" data-testid="lived-experience">
                {room.livedExperiencePresent
                  ? 'Someone with lived experience is at the table.'
                  : 'No one with lived experience is at the table.'}
              </Text>
              {room.missingKeySectors.length ? (
                <Text size="sm" c="red.9">
                  Not represented: {room.missingKeySectors.map((s) => s.label).join(', ')}.
                </Text>
              ) : null}
            </Stack>
          )}
        </Paper>
      </SimpleGrid>

      <section aria-labelledby="invitees-heading">
        <SectionHeading id="invitees-heading" title="Invitees" size="h4" mb="xs">
          {unmarked.length > 0 ? (
            <Button
              size="xs"
              variant="default"
              onClick={() =>
                act(
                  () =>
                    run('setAttendance', {
                      meetingId: meeting.id,
                      marks: unmarked.map((p) => ({ stakeholderId: p.id, status: 'present' as const })),
                    }),
                  'Attendance was not recorded',
                  `Marked ${unmarked.length} present.`,
                )
              }
            >
              Mark everyone not yet marked as present
            </Button>
          ) : null}
        </SectionHeading>
        {people.length === 0 ? (
          <Text c="dimmed">No one is invited yet. Add invitees with Edit.</Text>
        ) : (
          <Table striped highlightOnHover aria-label="Attendance">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Sector</Table.Th>
                <Table.Th>Attendance</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((person) => (
                <Table.Tr key={person.id}>
                  <Table.Td>{person.name}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {Sector.labelOf(person.sector)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <SegmentedControl
                      size="xs"
                      aria-label={`Attendance of ${person.name}`}
                      value={attendanceOf(meeting, person.id) ?? NOT_MARKED}
                      onChange={(value) => mark(person.id, value)}
                      data={[
                        { value: NOT_MARKED, label: '—' },
                        ...AttendanceStatus.choices.map((c) => ({
                          value: c.value,
                          label: c.value === 'late' ? 'Late' : c.value === 'regrets' ? 'Regrets' : c.label,
                        })),
                      ]}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="guests-heading">
        <Title order={2} size="h4" id="guests-heading" mb="xs">
          Guests
        </Title>
        {meeting.guests.length === 0 ? (
          <Text size="sm" c="dimmed" mb="xs">
            No guests recorded.
          </Text>
        ) : (
          <Stack gap={4} mb="xs">
            {meeting.guests.map((g, index) => (
              <Group key={`${g.name}-${index}`} gap="xs">
                <Text size="sm">
                  {g.name}
                  {g.organization ? ` (${g.organization})` : ''}
                </Text>
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="red"
                  aria-label={`Remove guest ${g.name}`}
                  onClick={() =>
                    act(() => run('removeGuest', { meetingId: meeting.id, index }), 'The guest was not removed')
                  }
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        )}
        <Group align="flex-end">
          <TextInput label="Guest name" {...guest.getInputProps('name')} />
          <TextInput label="Guest organization" {...guest.getInputProps('organization')} />
          <Button
            variant="default"
            disabled={!guest.values.name.trim()}
            onClick={() =>
              act(async () => {
                await run('addGuest', { meetingId: meeting.id, ...guest.values });
                guest.reset();
              }, 'The guest was not added')
            }
          >
            Add guest
          </Button>
        </Group>
      </section>
    </Stack>
  );
}
