import { ActionIcon, Alert, Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { IconAlertTriangle, IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import type { AgendaItem, AgendaSection, Meeting } from '../../src/meetings/model';
import { agendaTiming, formatMinutes, timingById } from '../../src/meetings/agendaTiming';
import { actionItemsForReview, pendingCarryForward } from '../../src/meetings/carryForward';
import { nameLookup } from '../../src/meetings/meetingFacts';
import { tableDay } from '../../src/model/dateFormats';
import { templatesFor } from '../../src/meetings/templates';
import { ConfirmModal } from '../components/ConfirmModal';
import { act } from '../components/act';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { agendaAccessibility } from './agendaAccessibility';
import { AgendaItemModal } from './AgendaItemModal';
import { ItemRow } from './AgendaItemRow';

/**
 * The agenda builder: sections and items with computed start times. Items are reordered by
 * dragging the handle (or, with the keyboard, Space on the handle then the arrow keys), or with
 * the up and down buttons; every move is one command, so it can be undone.
 */
export function AgendaBuilder({ meeting }: { meeting: Meeting }) {
  const doc = useDoc();
  const { run } = useWorkspaceActions();
  const zone = doc.coalition.timeZone;
  const timing = useMemo(() => agendaTiming(meeting, zone), [meeting, zone]);
  const timed = useMemo(() => timingById(timing), [timing]);
  const names = useMemo(() => nameLookup(doc, 'coalition'), [doc]);
  const printedNames = useMemo(() => nameLookup(doc, 'shared'), [doc]);
  const carry = useMemo(() => pendingCarryForward(doc.meetings, meeting), [doc.meetings, meeting]);
  const reviewable = useMemo(
    () =>
      actionItemsForReview(doc.meetings, doc.actionItems, meeting).filter(
        (a) => !meeting.reviewActionItemIds.includes(a.id),
      ),
    [doc.meetings, doc.actionItems, meeting],
  );
  const [editing, setEditing] = useState<{ sectionId: string | null; item?: AgendaItem } | null>(null);
  const [removing, setRemoving] = useState<{ kind: 'item' | 'section'; id: string; title: string } | null>(null);
  const adding = useForm({
    mode: 'controlled',
    initialValues: { section: '', template: templatesFor(meeting.kind)[0]?.id ?? null },
  });
  const { section: newSection, template } = adding.values;

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const move = (itemId: string, toSectionId: string, toIndex: number) =>
    act(() => run('moveAgendaItem', { meetingId: meeting.id, itemId, toSectionId, toIndex }), 'The item was not moved');

  const moveSection = (sectionId: string, toIndex: number) =>
    act(() => run('moveAgendaSection', { meetingId: meeting.id, sectionId, toIndex }), 'The section was not moved');

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const target = locate(meeting.agenda, String(over.id));
    if (target) void move(String(active.id), target.section.id, target.index);
  };

  const itemCount = timing.items.length;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="agenda-summary">
          {itemCount === 0
            ? 'No items yet.'
            : `${itemCount} item${itemCount === 1 ? '' : 's'} · ${formatMinutes(timing.totalMinutes)} planned of a ${formatMinutes(meeting.durationMinutes)} meeting`}
        </Text>
      </Group>
      {timing.warning ? (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title="The agenda runs long" role="alert">
          {timing.warning}
        </Alert>
      ) : null}
      {carry.map(({ meeting: from, items }) => (
        <Alert
          key={from.id}
          color="blue"
          title={`${items.length} unfinished item${items.length === 1 ? '' : 's'} from ${from.title} (${tableDay(from.date)})`}
        >
          <Text size="sm" mb="xs">
            {items.map((i) => i.title).join('; ')}
          </Text>
          <Button
            size="xs"
            onClick={() =>
              act(
                () => run('carryForwardItems', { fromMeetingId: from.id, toMeetingId: meeting.id }),
                'Nothing was carried forward',
                'Carried forward to this agenda.',
              )
            }
          >
            Carry forward
          </Button>
        </Alert>
      ))}
      {reviewable.length > 0 ? (
        <Alert
          color="blue"
          title={`${reviewable.length} open action item${reviewable.length === 1 ? '' : 's'} from earlier meetings`}
        >
          <Text size="sm" mb="xs">
            {reviewable.map((a) => a.title).join('; ')}
          </Text>
          <Button
            size="xs"
            onClick={() =>
              act(
                () => run('addActionReview', { meetingId: meeting.id }),
                'The review was not added',
                'Added the review of action items.',
              )
            }
          >
            Add review of action items
          </Button>
        </Alert>
      ) : null}
      {meeting.agenda.length === 0 ? (
        <Paper withBorder p="lg" radius="md">
          <Stack gap="sm">
            <Text>This agenda is empty. Start from a template, or add the first item.</Text>
            <Group align="flex-end">
              <Select
                label="Template"
                data={templatesFor(meeting.kind).map((t) => ({ value: t.id, label: t.name }))}
                {...adding.getInputProps('template')}
                allowDeselect={false}
                w={320}
              />
              <Button
                disabled={!template}
                onClick={() =>
                  template &&
                  act(
                    () => run('applyAgendaTemplate', { meetingId: meeting.id, templateId: template, mode: 'append' }),
                    'The template was not applied',
                    'Agenda started from the template.',
                  )
                }
              >
                Use template
              </Button>
              <Button
                variant="default"
                leftSection={<IconPlus size={16} />}
                onClick={() => setEditing({ sectionId: null })}
              >
                Add item
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={agendaAccessibility(meeting.agenda)}
        >
          {meeting.agenda.map((section, sectionIndex) => (
            <Paper
              key={section.id}
              withBorder
              radius="md"
              p="sm"
              component="section"
              aria-label={`Section: ${section.title}`}
            >
              <Group justify="space-between" mb="xs">
                <Group gap="xs">
                  <SectionTitle meetingId={meeting.id} section={section} />
                  {section.consent ? (
                    <Badge variant="light" color="teal" tt="none">
                      Approved together by one motion
                    </Badge>
                  ) : null}
                </Group>
                <Group gap={4}>
                  <Tooltip label="Move section up">
                    <ActionIcon
                      variant="subtle"
                      aria-label={`Move section ${section.title} up`}
                      disabled={sectionIndex === 0}
                      onClick={() => moveSection(section.id, sectionIndex - 1)}
                    >
                      <IconArrowUp size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label="Move section down">
                    <ActionIcon
                      variant="subtle"
                      aria-label={`Move section ${section.title} down`}
                      disabled={sectionIndex === meeting.agenda.length - 1}
                      onClick={() => moveSection(section.id, sectionIndex + 1)}
                    >
                      <IconArrowDown size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label="Delete section">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Delete section ${section.title}`}
                      onClick={() => setRemoving({ kind: 'section', id: section.id, title: section.title })}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Group>
              <SortableContext items={section.items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
                <Stack gap={6} role="list" aria-label={`Items in ${section.title}`}>
                  {section.items.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      No items in this section. Add one, or drag one here.
                    </Text>
                  ) : null}
                  {section.items.map((item, index) => (
                    <ItemRow
                      key={item.id}
                      item={item}
                      timed={timed.get(item.id)}
                      presenter={names(item.presenterId)}
                      printedPresenter={printedNames(item.presenterId)}
                      first={index === 0 && sectionIndex === 0}
                      last={index === section.items.length - 1 && sectionIndex === meeting.agenda.length - 1}
                      onUp={() =>
                        index > 0
                          ? move(item.id, section.id, index - 1)
                          : move(
                              item.id,
                              meeting.agenda[sectionIndex - 1]!.id,
                              meeting.agenda[sectionIndex - 1]!.items.length,
                            )
                      }
                      onDown={() =>
                        index < section.items.length - 1
                          ? move(item.id, section.id, index + 1)
                          : move(item.id, meeting.agenda[sectionIndex + 1]!.id, 0)
                      }
                      onEdit={() => setEditing({ sectionId: section.id, item })}
                      onDelete={() => setRemoving({ kind: 'item', id: item.id, title: item.title })}
                      onConsentAgenda={section.consent === true}
                      pulledBy={item.pulledById ? names(item.pulledById) : ''}
                      onConsent={() =>
                        act(
                          () => run('setConsentItem', { meetingId: meeting.id, itemId: item.id, consent: section.consent !== true }),
                          'The consent agenda was not changed',
                        )
                      }
                    />
                  ))}
                </Stack>
              </SortableContext>
              <Button
                mt="xs"
                size="xs"
                variant="subtle"
                leftSection={<IconPlus size={14} />}
                onClick={() => setEditing({ sectionId: section.id })}
              >
                Add item to {section.title}
              </Button>
            </Paper>
          ))}
        </DndContext>
      )}
      <Group align="flex-end">
        <TextInput label="New section" placeholder="Reports" {...adding.getInputProps('section')} w={280} />
        <Button
          variant="default"
          disabled={!newSection.trim()}
          onClick={() =>
            act(async () => {
              await run('addAgendaSection', { meetingId: meeting.id, title: newSection });
              adding.setFieldValue('section', '');
            }, 'The section was not added')
          }
        >
          Add section
        </Button>
      </Group>
      <AgendaItemModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        meeting={meeting}
        sectionId={editing?.sectionId ?? null}
        item={editing?.item}
      />
      <ConfirmModal
        opened={removing !== null}
        title={removing?.kind === 'section' ? 'Delete this section?' : 'Delete this agenda item?'}
        message={
          removing?.kind === 'section'
            ? `“${removing.title}” and the items in it will be removed from the agenda. You can undo this.`
            : `“${removing?.title ?? ''}” will be removed from the agenda. You can undo this.`
        }
        confirmLabel="Delete"
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          await act(
            () =>
              removing.kind === 'section'
                ? run('deleteAgendaSection', { meetingId: meeting.id, sectionId: removing.id })
                : run('deleteAgendaItem', { meetingId: meeting.id, itemId: removing.id }),
            'Nothing was deleted',
            'Deleted.',
          );
          setRemoving(null);
        }}
      />
    </Stack>
  );
}

function locate(agenda: AgendaSection[], itemId: string): { section: AgendaSection; index: number } | null {
  for (const section of agenda) {
    const index = section.items.findIndex((i) => i.id === itemId);
    if (index >= 0) return { section, index };
  }
  return null;
}

function SectionTitle({ meetingId, section }: { meetingId: string; section: AgendaSection }) {
  const { run } = useWorkspaceActions();
  const [value, setValue] = useState(section.title);
  return (
    <TextInput
      aria-label="Section title"
      variant="unstyled"
      fw={700}
      size="md"
      value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={async () => {
        if (value.trim() === section.title) return;
        const renamed = await act(
          () => run('renameAgendaSection', { meetingId, sectionId: section.id, title: value }),
          'The section was not renamed',
        );
        if (!renamed) setValue(section.title);
      }}
    />
  );
}
