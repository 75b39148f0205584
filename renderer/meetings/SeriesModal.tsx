import { Button, Group, List, NumberInput, Select, Text, TextInput } from '@mantine/core';
import { useLocation } from 'wouter';
import { Weekday, type RecurrenceRule } from '../../src/meetings/model';
import { describeRule, matchesRule, ruleLike, upcomingOccurrences } from '../../src/meetings/recurrence';
import { longDay } from '../../src/model/wallClock';
import { act } from '../components/act';
import { FormDialog } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';
import type { MeetingDialogProps } from './meetingDialog';

const WEEKS = [
  { value: '1', label: 'First' },
  { value: '2', label: 'Second' },
  { value: '3', label: 'Third' },
  { value: '4', label: 'Fourth' },
  { value: '5', label: 'Fifth (skips months without one)' },
  { value: '-1', label: 'Last' },
];

const REPEATS = [
  { value: 'monthly-weekday', label: 'Monthly, on a weekday' },
  { value: 'weekly', label: 'Weekly' },
];

interface Values {
  name: string;
  rule: RecurrenceRule;
}

/**
 * Makes a meeting recur ("second Tuesday of every month"), or changes the series and creates its
 * next meeting. A series has a third button (create the next meeting), and beside it saving the
 * series is the lesser action.
 */
export function SeriesModal({ opened, onClose, meeting }: MeetingDialogProps) {
  const { run } = useWorkspaceActions();
  const [, navigate] = useLocation();
  const series = meeting.series;
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () => ({ name: series?.name ?? meeting.title, rule: series?.rule ?? ruleLike(meeting.date) }),
    save: ({ name, rule }) =>
      series
        ? run('updateSeries', { seriesId: series.id, name, rule })
        : run('startSeries', { meetingId: meeting.id, name, rule }),
    success: ({ name, rule }) => `${name}: ${describeRule(rule).toLowerCase()}.`,
    failure: 'The series was not saved',
    onClose,
  });
  const { rule } = form.values;
  const monthly = rule.kind === 'monthly-weekday';
  const setRule = (next: RecurrenceRule) => form.setFieldValue('rule', next);
  const preview = upcomingOccurrences(rule, meeting.date, 4);

  const createNext = (seriesId: string) =>
    act(
      async () => {
        const reply = await run('createNextInSeries', { seriesId });
        onClose();
        navigate(`~/meetings/${reply.result}`);
      },
      'The next meeting was not created',
      'Created the next meeting, with unfinished items and open action items carried in.',
    );

  return (
    <FormDialog
      {...dialog}
      title={series ? 'Meeting series' : 'Make this meeting recur'}
      size="lg"
      saveLabel={series ? 'Save series' : 'Make recurring'}
      saveVariant={series ? 'default' : 'filled'}
      extraAction={series ? <Button onClick={() => void createNext(series.id)}>Create the next meeting</Button> : null}
    >
      <TextInput label="Series name" {...form.getInputProps('name')} />
      <Group grow align="flex-end">
        <Select
          label="Repeats"
          allowDeselect={false}
          data={REPEATS}
          {...form.getInputProps('rule.kind')}
          onChange={(kind) =>
            setRule(
              kind === 'weekly'
                ? { kind: 'weekly', weekday: rule.weekday, intervalWeeks: 1 }
                : { kind: 'monthly-weekday', weekday: rule.weekday, week: 2, intervalMonths: 1 },
            )
          }
        />
        {monthly ? (
          <Select
            label="Week of the month"
            allowDeselect={false}
            data={WEEKS}
            {...form.getInputProps('rule.week')}
            value={String(rule.week)}
            onChange={(w) => setRule({ ...rule, week: Number(w) as 1 | 2 | 3 | 4 | 5 | -1 })}
          />
        ) : null}
        <Select
          label="Weekday"
          allowDeselect={false}
          data={Weekday.choices}
          {...form.getInputProps('rule.weekday')}
          onChange={(d) => setRule({ ...rule, weekday: (d ?? 'TU') as RecurrenceRule['weekday'] })}
        />
        <NumberInput
          label={monthly ? 'Every … months' : 'Every … weeks'}
          min={1}
          max={12}
          allowDecimal={false}
          {...form.getInputProps(monthly ? 'rule.intervalMonths' : 'rule.intervalWeeks')}
          onChange={(v) => {
            const every = Math.max(1, Number(v) || 1);
            setRule(rule.kind === 'weekly' ? { ...rule, intervalWeeks: every } : { ...rule, intervalMonths: every });
          }}
        />
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
    </FormDialog>
  );
}
