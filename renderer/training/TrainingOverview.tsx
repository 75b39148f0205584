import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconFileTypeDocx, IconSchool } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { tableDay } from '../../src/model/dateFormats';
import { agencyCoverage } from '../../src/training/coverage';
import { refreshersNeeded } from '../../src/training/inService';
import { CourseKind, type Course } from '../../src/training/model';
import { EmptyArea } from '../app/EmptyArea';
import { PageHeader } from '../app/PageHeader';
import { act } from '../components/act';
import { AddButton } from '../components/AddButton';
import { ConfirmModal } from '../components/ConfirmModal';
import { EditDeleteIcons } from '../components/EditDelete';
import { OrganizationSelect } from '../components/pickers/pickers';
import { SectionHeading } from '../components/SectionHeading';
import { useToday } from '../components/useToday';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { ClassFormModal } from './ClassFormModal';
import { ClassStatusBadge } from './ClassStatusBadge';
import { CourseFormModal } from './CourseFormModal';
import { StaffingFormModal } from './StaffingFormModal';
import { SummaryExportModal } from './SummaryExportModal';

/** Courses, classes (newest first), each agency's coverage against its target, and refreshers due. */
export function TrainingOverview() {
  const doc = useDoc();
  const today = useToday();
  const { run } = useWorkspaceActions();
  const [, navigate] = useLocation();
  const [course, setCourse] = useState<Course | 'new' | null>(null);
  const [deletingCourse, setDeletingCourse] = useState<Course | null>(null);
  const [addingClass, setAddingClass] = useState(false);
  const [staffing, setStaffing] = useState<string | null | undefined>(undefined);
  const [picking, setPicking] = useState<string | null>(null);
  const [summary, setSummary] = useState(false);

  const courses = useMemo(() => new Map(doc.trainingCourses.map((c) => [c.id, c])), [doc.trainingCourses]);
  const classes = useMemo(
    () => [...doc.trainingClasses].sort((a, b) => b.startsOn.localeCompare(a.startsOn)),
    [doc.trainingClasses],
  );
  const coverage = useMemo(() => agencyCoverage(doc, today), [doc, today]);
  const due = useMemo(() => refreshersNeeded(doc, today), [doc, today]);

  const courseModal = (
    <CourseFormModal
      opened={course !== null}
      onClose={() => setCourse(null)}
      course={course && course !== 'new' ? course : undefined}
    />
  );

  if (doc.trainingCourses.length === 0) {
    return (
      <EmptyArea
        title="Training"
        icon={IconSchool}
        text="No courses yet. Add the courses your program teaches (the 40-hour course for officers, a course for call-takers and dispatchers, refreshers), then plan classes and enrol trainees."
        dialog={courseModal}
      >
        <AddButton onClick={() => setCourse('new')}>New course</AddButton>
      </EmptyArea>
    );
  }

  return (
    <>
      <PageHeader
        title="Training"
        description="The courses your program teaches, the classes held and planned, and how much of each agency is trained."
        actions={
          <Button variant="light" leftSection={<IconFileTypeDocx size={18} />} onClick={() => setSummary(true)}>
            Training summary
          </Button>
        }
      />
      <Stack gap="xl">
        <section aria-labelledby="training-classes">
          <SectionHeading id="training-classes" title="Classes">
            <AddButton onClick={() => setAddingClass(true)}>New class</AddButton>
          </SectionHeading>
          {classes.length === 0 ? (
            <Text c="dimmed">No classes planned yet.</Text>
          ) : (
            <Table striped highlightOnHover aria-labelledby="training-classes">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Course</Table.Th>
                  <Table.Th>Dates</Table.Th>
                  <Table.Th>Place</Table.Th>
                  <Table.Th>Trainees</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {classes.map((c) => {
                  const completed = c.trainees.filter((t) => t.status === 'completed').length;
                  return (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Anchor component={Link} href={`/classes/${c.id}`}>
                          {courses.get(c.courseId)?.name ?? 'Course deleted'}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        {tableDay(c.startsOn)}
                        {c.endsOn !== c.startsOn ? ` – ${tableDay(c.endsOn)}` : ''}
                      </Table.Td>
                      <Table.Td>{c.place}</Table.Td>
                      <Table.Td>
                        {c.trainees.length} of {c.capacity}
                        {completed ? ` · ${completed} completed` : ''}
                      </Table.Td>
                      <Table.Td>
                        <ClassStatusBadge trainingClass={c} today={today} />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
        </section>

        <section aria-labelledby="training-coverage">
          <SectionHeading id="training-coverage" title="Agencies trained against their target">
            <Group gap="xs">
              <OrganizationSelect
                label="Agency"
                aria-label="Agency to set staffing for"
                placeholder="Choose an agency"
                value={picking}
                onChange={setPicking}
                w={260}
              />
              <Button variant="default" disabled={!picking} onClick={() => setStaffing(picking)} mt={24}>
                Set staffing
              </Button>
            </Group>
          </SectionHeading>
          {coverage.length === 0 ? (
            <Text c="dimmed">
              No agency has staffing numbers or trained officers yet. Choose an agency and set how many sworn officers
              it has.
            </Text>
          ) : (
            <Table striped aria-labelledby="training-coverage">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Agency</Table.Th>
                  <Table.Th ta="right">Sworn officers</Table.Th>
                  <Table.Th ta="right">Officers trained</Table.Th>
                  <Table.Th ta="right">Target</Table.Th>
                  <Table.Th>Standing</Table.Th>
                  <Table.Th ta="right">Dispatchers trained</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {coverage.map((line) => (
                  <Table.Tr key={line.organizationId}>
                    <Table.Td>{line.organizationName}</Table.Td>
                    <Table.Td ta="right">{line.swornOfficers ?? 'Not known'}</Table.Td>
                    <Table.Td ta="right">
                      {line.trainedOfficers}
                      {line.officerPercent !== null ? ` (${line.officerPercent}%)` : ''}
                    </Table.Td>
                    <Table.Td ta="right">{line.targetPercent}%</Table.Td>
                    <Table.Td>
                      {line.meetsTarget === null ? (
                        <Text size="sm" c="dimmed">
                          Staffing not known
                        </Text>
                      ) : line.meetsTarget ? (
                        <Badge color="teal" variant="dot" radius="sm" tt="none" fw={600}>
                          Target met
                        </Badge>
                      ) : (
                        <Badge color="orange" variant="dot" radius="sm" tt="none" fw={600}>
                          {line.officersToTarget} more to train
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">
                      {line.trainedDispatchers}
                      {line.dispatchers !== null ? ` of ${line.dispatchers}` : ''}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        aria-label={`Edit staffing of ${line.organizationName}`}
                        onClick={() => setStaffing(line.organizationId)}
                      >
                        Edit staffing
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {due.length ? (
            <Text size="sm" mt="sm">
              Refresher training: {due.filter((d) => d.state === 'overdue').length} overdue,{' '}
              {due.filter((d) => d.state === 'due-soon').length} due within 90 days.
            </Text>
          ) : null}
        </section>

        <section aria-labelledby="training-courses">
          <SectionHeading id="training-courses" title="Courses">
            <AddButton onClick={() => setCourse('new')}>New course</AddButton>
          </SectionHeading>
          <Table aria-labelledby="training-courses">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Course</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th ta="right">Hours</Table.Th>
                <Table.Th>Refresher</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {doc.trainingCourses.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.name}</Table.Td>
                  <Table.Td>{CourseKind.labelOf(c.kind)}</Table.Td>
                  <Table.Td ta="right">{c.hours}</Table.Td>
                  <Table.Td>every {c.refresherYears === 1 ? 'year' : `${c.refresherYears} years`}</Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <EditDeleteIcons
                        name={c.name}
                        onEdit={() => setCourse(c)}
                        onDelete={() => setDeletingCourse(c)}
                      />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      </Stack>

      {courseModal}
      <ClassFormModal
        opened={addingClass}
        onClose={() => setAddingClass(false)}
        onCreated={(id) => navigate(`/classes/${id}`)}
      />
      <StaffingFormModal
        opened={staffing !== undefined}
        onClose={() => setStaffing(undefined)}
        organizationId={staffing ?? null}
      />
      <SummaryExportModal opened={summary} onClose={() => setSummary(false)} />
      <ConfirmModal
        opened={deletingCourse !== null}
        title="Delete course?"
        message={`“${deletingCourse?.name ?? ''}” will be deleted. A course with classes cannot be deleted: its classes are the record of who was trained.`}
        confirmLabel="Delete course"
        onClose={() => setDeletingCourse(null)}
        onConfirm={async () => {
          if (!deletingCourse) return;
          if (
            await act(
              () => run('deleteCourse', { id: deletingCourse.id }),
              'The course was not deleted',
              'Course deleted.',
            )
          )
            setDeletingCourse(null);
        }}
      />
    </>
  );
}
