import { Button, Group, Tabs } from '@mantine/core';
import { NotFound } from '../app/NotFound';
import { IconAward } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { RecognitionKind } from '../../src/recognition/model';
import { longDate, startClock } from '../../src/recognition/eventDate';
import { PageHeader } from '../app/PageHeader';
import { ConfirmModal } from '../components/ConfirmModal';
import { act } from '../components/act';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { AwardsPanel } from './AwardsPanel';
import { EventFormModal } from './EventFormModal';
import { EventStatusBadge } from './EventStatusBadge';
import { NominationsPanel } from './NominationsPanel';
import { OverviewPanel } from './OverviewPanel';
import { PrintPanel } from './PrintPanel';
import { ReviewPanel } from './ReviewPanel';
import { RunOfShowPanel } from './RunOfShowPanel';

/** The parts of an event, each a tab with its panel; the value is the tab's part of the address. */
const TABS = [
  { value: 'overview', label: 'Overview', Panel: OverviewPanel },
  { value: 'awards', label: 'Awards', Panel: AwardsPanel },
  { value: 'nominations', label: 'Nominations', Panel: NominationsPanel },
  { value: 'review', label: 'Committee review', Panel: ReviewPanel },
  { value: 'program', label: 'Run of show', Panel: RunOfShowPanel },
  { value: 'print', label: 'Program & certificates', Panel: PrintPanel },
] as const;

/** One event: its details and checklist, awards, nominations, review, run of show and printouts. */
export function EventDetail({ id, tab }: { id: string; tab?: string }) {
  const doc = useDoc();
  const { run } = useWorkspaceActions();
  const [, navigate] = useLocation();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const event = doc.recognitionEvents.find((e) => e.id === id);
  const current = TABS.some((t) => t.value === tab) ? (tab as (typeof TABS)[number]['value']) : 'overview';

  const title = event?.title;
  useEffect(() => {
    if (title !== undefined) document.title = `${title} · Recognition`;
  }, [title]);

  if (!event) {
    return (
      <NotFound
        title="Event not found"
        icon={IconAward}
        text="This recognition event is not in the workspace. It may have been deleted."
        back="Back to recognition events"
      />
    );
  }

  const preparations = doc.actionItems.filter(
    (a) => a.source.kind === 'recognition' && a.source.id === event.id,
  ).length;

  return (
    <>
      <PageHeader
        back="All recognition events"
        title={event.title}
        description={
          <>
            {RecognitionKind.labelOf(event.kind)} · {longDate(event.date)}
            {event.startTime ? `, ${startClock(event.startTime)}` : ''}
            {event.venue ? ` · ${event.venue}` : ''}
          </>
        }
        actions={
          <Group gap="sm">
            <EventStatusBadge status={event.status} />
            <Button variant="default" onClick={() => setEditing(true)}>
              Edit details
            </Button>
            <Button variant="subtle" color="red" onClick={() => setDeleting(true)}>
              Delete event
            </Button>
          </Group>
        }
      />
      <Tabs value={current} onChange={(value) => navigate(`/${event.id}/${value ?? 'overview'}`)} keepMounted={false}>
        <Tabs.List mb="lg" aria-label="Parts of this event">
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map(({ value, Panel }) => (
          <Tabs.Panel key={value} value={value}>
            <Panel event={event} />
          </Tabs.Panel>
        ))}
      </Tabs>
      <EventFormModal opened={editing} onClose={() => setEditing(false)} event={event} />
      <ConfirmModal
        opened={deleting}
        onClose={() => setDeleting(false)}
        title="Delete this event?"
        message={`“${event.title}” will be deleted with its ${event.nominations.length} ${event.nominations.length === 1 ? 'nomination' : 'nominations'}, the committee’s scores, its run of show and its ${preparations} ${preparations === 1 ? 'preparation' : 'preparations'} in the action item list. You can undo this from the Edit menu.`}
        confirmLabel="Delete event"
        onConfirm={async () => {
          const deleted = await act(
            () => run('deleteRecognitionEvent', { id: event.id }),
            'The event was not deleted',
            `Deleted “${event.title}”.`,
          );
          if (deleted) navigate('/');
        }}
      />
    </>
  );
}
