import { Button, Select, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useEffect, useMemo, useRef } from 'react';
import { CoalitionDetailsInput } from '../../src/coalition/model';
import { systemTimeZone } from '../../src/model/dates';
import { ApiError } from '../api/client';
import { plainTimeZoneChoices, timeNowIn } from './timeZoneNames';

export interface NewCoalitionValues {
  name: string;
  community: string;
  timeZone: string;
}

/**
 * Name, community and time zone: all it takes to start. The zone is asked here, not left for
 * Coalition settings, because every meeting time and calendar invitation is read in it; it
 * starts as the computer's own zone, which is right for most people. Checked with the same
 * schema the main process applies, so a message appears beside the field before anything is sent.
 */
export function CreateCoalitionForm({
  onCreate,
  focusRequest = 0,
  autoFocus = false,
}: {
  /** Creates the coalition; resolves false if the person cancelled, throws ApiError if refused. */
  onCreate(values: NewCoalitionValues): Promise<boolean>;
  /** Each new value moves focus to the name field (File › New Coalition on the welcome screen). */
  focusRequest?: number;
  autoFocus?: boolean;
}) {
  const nameRef = useRef<HTMLInputElement>(null);
  const computerZone = useMemo(() => systemTimeZone(), []);
  const zones = useMemo(() => plainTimeZoneChoices(computerZone), [computerZone]);
  const form = useForm<NewCoalitionValues>({
    mode: 'controlled',
    initialValues: { name: '', community: '', timeZone: computerZone },
    validate: schemaResolver(CoalitionDetailsInput, { sync: true }),
    validateInputOnBlur: false,
  });

  useEffect(() => {
    if (focusRequest > 0) nameRef.current?.focus();
  }, [focusRequest]);

  const submit = form.onSubmit(async (values) => {
    try {
      const created = await onCreate({
        name: values.name.trim(),
        community: values.community.trim(),
        timeZone: values.timeZone,
      });
      if (created) form.reset();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) form.setErrors(error.fields);
      else form.setFieldError('name', (error as Error).message);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Start a new coalition">
      <Stack gap="md">
        <TextInput
          ref={nameRef}
          label="Coalition name"
          placeholder="For example: Lakeside County CIT Coalition"
          required
          autoComplete="off"
          data-autofocus={autoFocus || undefined}
          {...form.getInputProps('name')}
        />
        <TextInput
          label="Community"
          description="The county, city or region the program will serve."
          placeholder="For example: Lakeside County"
          autoComplete="off"
          {...form.getInputProps('community')}
        />
        <Select
          label="Time zone"
          description={zoneDescription(form.values.timeZone, computerZone)}
          data={zones}
          placeholder="Type a city or region"
          searchable
          allowDeselect={false}
          nothingFoundMessage="No time zone by that name. Try a nearby city."
          limit={60}
          {...form.getInputProps('timeZone')}
        />
        <Button type="submit" loading={form.submitting} fullWidth mt="xs">
          Create coalition
        </Button>
      </Stack>
    </form>
  );
}

/** Says what the zone is for and what time it is there, so a wrong choice shows at a glance. */
function zoneDescription(zone: string, computerZone: string): string {
  const time = timeNowIn(zone);
  const whose = zone === computerZone ? 'This computer’s time zone' : 'Not this computer’s time zone';
  return `${whose}${time ? ` (${time} there now)` : ''}. Meeting times and calendar invitations use it.`;
}
