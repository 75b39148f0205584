import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import type { WorkspaceDocument } from '../../../src/workspace/document';
import type { Choice } from '../choices';
import { useDoc } from '../../workspace/WorkspaceProvider';

/** The choices a picker offers, read from the open workspace (see ../choices.ts). */
export type Choices = (doc: WorkspaceDocument) => Choice[];

/**
 * A Select over records of the workspace. Clearable by default, and its clear button is named
 * after the label ("Clear owner") so a screen reader says which value it clears. Every other
 * Select prop passes through, so `{...form.getInputProps('ownerId')}` works as on a Select.
 */
export function RecordSelect({
  choices,
  label,
  clearable = true,
  clearButtonProps,
  ...props
}: Omit<SelectProps, 'data' | 'label'> & { choices: Choices; label: string }) {
  const data = useRecordChoices(choices);
  return (
    <Select
      label={label}
      data={data}
      clearable={clearable}
      clearButtonProps={clearButtonProps ?? clearLabel(label)}
      {...props}
    />
  );
}

/** The same over several records at once (members, invitees). */
export function RecordMultiSelect({
  choices,
  label,
  clearable = true,
  clearButtonProps,
  ...props
}: Omit<MultiSelectProps, 'data' | 'label'> & { choices: Choices; label: string }) {
  const data = useRecordChoices(choices);
  return (
    <MultiSelect
      label={label}
      data={data}
      clearable={clearable}
      clearButtonProps={clearButtonProps ?? clearLabel(label)}
      {...props}
    />
  );
}

function useRecordChoices(choices: Choices): Choice[] {
  const doc = useDoc();
  return useMemo(() => choices(doc), [choices, doc]);
}

function clearLabel(label: string) {
  return { 'aria-label': `Clear ${label.toLowerCase()}` };
}
