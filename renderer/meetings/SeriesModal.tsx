import { Button, Group, List, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { Weekday, type Meeting, type RecurrenceRule } from '../../src/meetings/model';
import { describeRule, matchesRule, ruleLike, upcomingOccurrences } from '../../src/meetings/recurrence';
import { longDay } from '../../src/model/wallClock';
import { showFailure, showSuccess } from '../components/feedback';
import { useWorkspace } from '../workspace/WorkspaceProvider';

const WEEKS = [
  { value: '1', label: 'First' },
  { value: '2', label: 'Second' },
  { value: '3', label: 'Third' },
  { value: '4', label: 'Fourth' },
  { value: '5', label: 'Fifth (skips months without one)' },
  { value: '-1', label: 'Last' },
];

/** Makes a meeting recur ("second Tuesday of every month"), or changes the series and creates its next meeting. */
export function SeriesModal({ opened, onClose, meeting }: { opened: boolean; onClose: () => void; meeting: Meeting }) {
  const { run } = useWorkspace();
  const [, navigate] = useLocation();
  const [name, setName] = useState(meeting.series?.name ?? meeting.title);
  const [rule, setRule] = useState<RecurrenceRule>(meeting.series?.rule ?? ruleLike(meeting.date));
  useEffect(() => {
    if (!opened) return;
    setName(meeting.series?.name ?? meeting.title);
    setRule(meeting.series?.rule ?? ruleLike(meeting.date));
  }, [opened, meeting]);
  const preview = upcomingOccurrences(rule, meeting.date, 4);

  const save = async () => {
    try {
      if (meeting.series) await run('updateSeries', { seriesId: meeting.series.id, name, rule });
      else await run('startSeries', { meetingId: meeting.id, name, rule });
      showSuccess(`${name}: ${describeRule(rule).toLowerCase()}.`);
    } catch (error) {
      showFailure(error, 'The series was not saved');
      throw error;
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={meeting.series ? 'Meeting series' : 'Make this meeting recur'}
      size="lg"
    >
      <Stack gap="md">
        <TextInput label="Series name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Group grow align="flex-end">
          <Select
            label="Repeats"
            allowDeselect={false}
            data={[
              { value: 'monthly-weekday', label: 'Monthly, on a weekday' },
              { value: 'weekly', label: 'Weekly' },
            ]}
            value={rule.kind}
            onChange={(kind) =>
              setRule(
                kind === 'weekly'
                  ? { kind: 'weekly', weekday: rule.weekday, intervalWeeks: 1 }
                  : { kind: 'monthly-weekday', weekday: rule.weekday, week: 2, intervalMonths: 1 },
              )
            }
          />
          {rule.kind === 'monthly-weekday' ? (
            <Select
              label="Week of the month"
              allowDeselect={false}
              data={WEEKS}
              value={String(rule.week)}
              onChange={(w) => setRule({ ...rule, week: Number(w) as 1 | 2 | 3 | 4 | 5 | -1 })}
            />
          ) : null}
          <Select
            label="Weekday"
            allowDeselect={false}
            data={Weekday.choices}
            value={rule.weekday}
            onChange={(d) => setRule({ ...rule, weekday: (d ?? 'TU') as RecurrenceRule['weekday'] })}
          />
          {rule.kind === 'monthly-weekday' ? (
            <NumberInput
              label="Every … months"
              min={1}
              max={12}
              allowDecimal={false}
              value={rule.intervalMonths}
              onChange={(v) => setRule({ ...rule, intervalMonths: Math.max(1, Number(v) || 1) })}
            />
          ) : (
            <NumberInput
              label="Every … weeks"
              min={1}
              max={12}
              allowDecimal={false}
              value={rule.intervalWeeks}
              onChange={(v) => setRule({ ...rule, intervalWeeks: Math.max(1, Number(v) || 1) })}
            />
          )}
        </Group>
        <div>
          <Text size="sm" fw={600}>
            {describeRule(rule)}. The next dates:
          </Text>
          <List size="sm">
            {preview.map((d) => (
              <List.Item key={d}>{longDay(d)}</List.Item>
            ))}
          </List>
          {!matchesRule(rule, meeting.date) ? (
            <Text size="xs" c="red.9">
              This meeting’s own date does not follow the rule; the series continues from the next date that does.
            </Text>
          ) : null}
        </div>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            variant={meeting.series ? 'default' : 'filled'}
            onClick={async () => {
              try {
                await save();
                onClose();
              } catch {
                // Told already.
              }
            }}
          >
            {meeting.series ? 'Save series' : 'Make recurring'}
          </Button>
          {meeting.series ? (
            <Button
              onClick={async () => {
                try {
                  const reply = await run('createNextInSeries', { seriesId: meeting.series!.id });
                  showSuccess('Created the next meeting, with unfinished items and open action items carried in.');
                  onClose();
                  navigate(`~/meetings/${reply.result as string}`);
                } catch (error) {
                  showFailure(error, 'The next meeting was not created');
                }
              }}
            >
              Create the next meeting
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Modal>
  );
}
