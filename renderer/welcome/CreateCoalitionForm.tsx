import { Button, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { CoalitionDetailsInput } from '../../src/model/coalition';
import { ApiError } from '../api/client';

export interface NewCoalitionValues {
  name: string;
  community: string;
}

/**
 * Name and community: all it takes to start. The time zone defaults to the computer's and can
 * be changed in Coalition settings. Checked with the same schema the main process applies, so
 * a message appears beside the field before anything is sent.
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
  const form = useForm<NewCoalitionValues>({
    mode: 'controlled',
    initialValues: { name: '', community: '' },
    validate: schemaResolver(CoalitionDetailsInput, { sync: true }),
    validateInputOnBlur: false,
  });

  useEffect(() => {
    if (focusRequest > 0) nameRef.current?.focus();
  }, [focusRequest]);

  const submit = form.onSubmit(async (values) => {
    try {
      const created = await onCreate({ name: values.name.trim(), community: values.community.trim() });
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
        <Button type="submit" loading={form.submitting} fullWidth mt="xs">
          Create coalition
        </Button>
      </Stack>
    </form>
  );
}
