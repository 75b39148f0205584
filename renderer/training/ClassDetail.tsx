import { Button, Group, Paper, Select, SimpleGrid, Table, Text } from '@mantine/core';
import { IconCertificate, IconChecks, IconFileTypeDocx } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { tableDay } from '../../src/model/dateFormats';
import { CourseKind, TraineeRole, TraineeStatus, type Trainee } from '../../src/training/model';
import { call } from '../api/client';
import { NotFound } from '../app/NotFound';
import { PageHeader } from '../app/PageHeader';
import { act } from '../components/act';
import { AddButton } from '../components/AddButton';
import { ConfirmModal } from '../components/ConfirmModal';
import { EditAndDeleteMenu, EditDeleteIcons } from '../components/EditDelete';
import { SectionHeading } from '../components/SectionHeading';
import { useToday } from '../components/useToday';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { ClassFormModal } from './ClassFormModal';
import { ClassStatusBadge } from './ClassStatusBadge';
import { TraineeFormModal } from './TraineeFormModal';

/** One class: its days, place, instructors and speakers, and its trainees with their status. */
export function ClassDetail({ id }: { id: string }) {
  const doc = useDoc();
  const today = useToday();
  const { run } = useWorkspaceActions();
  const [, navigate] = useLocation();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [trainee, setTrainee] = useState<Trainee | 'new' | null>(null);
  const [removing, setRemoving] = useState<Trainee | null>(null);

  const trainingClass = doc.trainingClasses.find((c) => c.id === id);
  if (!trainingClass)
    return (
      <NotFound
        title="Class not found"
        text="This class is no longer in the workspace. It may have been deleted."
        back="Back to training"
      />
    );
  const course = doc.trainingCourses.find((c) => c.id === trainingClass.courseId);
  const names = (ids: string[]) =>
    ids
      .map((pid) => doc.stakeholders.find((s) => s.id === pid)?.name)
      .filter(Boolean)
      .join(', ');
  const organization = (oid: string | null) => doc.organizations.find((o) => o.id === oid)?.name ?? '';
  const enrolled = trainingClass.trainees.filter((t) => t.status === 'enrolled').length;
  const completed = trainingClass.trainees.filter((t) => t.status === 'completed').length;
  const started = trainingClass.startsOn <= today;

  const save = (method: 'exportClassRosterDocx' | 'exportCompletionCertificatesDocx', what: string) =>
    act(
      () => call(method, { classId: trainingClass.id }),
      `The ${what} was not saved`,
      (saved) => (saved ? `Saved the ${what} as ${saved.fileName}.` : null),
    );

  return (
    <>
      <PageHeader
        back="All training"
        title={course?.name ?? 'Class'}
        description={
          <Group component="span" gap="xs">
            <ClassStatusBadge trainingClass={trainingClass} today={today} inline />
            <span>
              {tableDay(trainingClass.startsOn)}
              {trainingClass.endsOn !== trainingClass.startsOn ? ` – ${tableDay(trainingClass.endsOn)}` : ''}
              {trainingClass.place ? ` · ${trainingClass.place}` : ''}
            </span>
          </Group>
        }
        actions={
          <>
            <Button
              variant="light"
              leftSection={<IconFileTypeDocx size={18} />}
              onClick={() => void save('exportClassRosterDocx', 'roster')}
            >
              Roster and sign-in sheet
            </Button>
            <Button
              variant="light"
              leftSection={<IconCertificate size={18} />}
              disabled={completed === 0}
              onClick={() => void save('exportCompletionCertificatesDocx', 'certificates')}
            >
              Certificates
            </Button>
            <EditAndDeleteMenu noun="class" onEdit={() => setEditing(true)} onDelete={() => setDeleting(true)} />
          </>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="xl">
        <Paper withBorder p="md" radius="md">
          <Text size="xs" c="dimmed">
            Course
          </Text>
          <Text>{course ? `${CourseKind.labelOf(course.kind)}, ${course.hours} hours` : 'Course deleted'}</Text>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Text size="xs" c="dimmed">
            Instructors
          </Text>
          <Text>{names(trainingClass.instructorIds) || 'None named yet'}</Text>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Text size="xs" c="dimmed">
            Panel speakers
          </Text>
          <Text>{names(trainingClass.panelSpeakerIds) || 'None named yet'}</Text>
        </Paper>
      </SimpleGrid>

      <section aria-labelledby="class-trainees">
        <SectionHeading
          id="class-trainees"
          title={`Trainees (${trainingClass.trainees.length} of ${trainingClass.capacity} places)`}
        >
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconChecks size={18} />}
              disabled={!enrolled || !started || trainingClass.cancelled}
              onClick={() =>
                void act(
                  () => run('completeEnrolledTrainees', { classId: trainingClass.id }),
                  'No one was marked completed',
                  ({ result }) => `Marked ${result} ${result === 1 ? 'trainee' : 'trainees'} completed.`,
                )
              }
            >
              Mark all enrolled completed
            </Button>
            <AddButton onClick={() => setTrainee('new')}>Add trainee</AddButton>
          </Group>
        </SectionHeading>
        {trainingClass.trainees.length === 0 ? (
          <Text c="dimmed">No one is enrolled yet.</Text>
        ) : (
          <Table striped aria-labelledby="class-trainees">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Agency</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Completed on</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trainingClass.trainees.map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td>{t.name}</Table.Td>
                  <Table.Td>{organization(t.organizationId)}</Table.Td>
                  <Table.Td>{TraineeRole.labelOf(t.role)}</Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Status of ${t.name}`}
                      size="xs"
                      w={170}
                      allowDeselect={false}
                      data={TraineeStatus.choices}
                      value={t.status}
                      onChange={(value) =>
                        value &&
                        void act(
                          () =>
                            run('setTraineeStatus', {
                              classId: trainingClass.id,
                              traineeId: t.id,
                              status: value as Trainee['status'],
                            }),
                          'The status was not changed',
                        )
                      }
                    />
                  </Table.Td>
                  <Table.Td>{t.completedOn ? tableDay(t.completedOn) : ''}</Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <EditDeleteIcons name={t.name} onEdit={() => setTrainee(t)} onDelete={() => setRemoving(t)} />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>

      <ClassFormModal opened={editing} onClose={() => setEditing(false)} trainingClass={trainingClass} />
      <TraineeFormModal
        opened={trainee !== null}
        onClose={() => setTrainee(null)}
        classId={trainingClass.id}
        trainee={trainee && trainee !== 'new' ? trainee : undefined}
      />
      <ConfirmModal
        opened={removing !== null}
        title="Take trainee off the class?"
        message={`${removing?.name ?? ''} will be taken off this class, with their status. Edit › Undo brings them back.`}
        confirmLabel="Remove trainee"
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          if (
            await act(
              () => run('removeTrainee', { classId: trainingClass.id, traineeId: removing.id }),
              'The trainee was not removed',
            )
          )
            setRemoving(null);
        }}
      />
      <ConfirmModal
        opened={deleting}
        title="Delete class?"
        message={`This class and its ${trainingClass.trainees.length} ${trainingClass.trainees.length === 1 ? 'trainee' : 'trainees'} will be deleted, with who completed it. Keep a cancelled class instead if it was planned but not held.`}
        confirmLabel="Delete class"
        onClose={() => setDeleting(false)}
        onConfirm={async () => {
          if (
            await act(
              () => run('deleteTrainingClass', { id: trainingClass.id }),
              'The class was not deleted',
              'Class deleted.',
            )
          )
            navigate('/');
        }}
      />
    </>
  );
}
