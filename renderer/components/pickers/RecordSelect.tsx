import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import type { WorkspaceDocument } from '../../../src/workspace/document';
import type { Choice } from '../choices';
import { useDoc } from '../../workspace/WorkspaceProvider';

/** The choices a picker offers, read from the open workspace (see ../choices.ts). */
export type Choices = (doc: WorkspaceDocument) => Choice[];

/** What a record picker adds to Mantine's own props: where its choices come from, and a label it must have. */
type PickerOwn = { choices: Choices; label: string };

/**
 * A Select over records of the workspace. Clearable by default, and its clear button is named
 * after the label ("Clear owner") so a screen reader says which value it clears. Every other
 * Select prop passes through, so `{...form.getInputProps('ownerId')}` works as on a Select.
 */
export function RecordSelect({ choices, ...props }: Omit<SelectProps, 'data' | 'label'> & PickerOwn) {
  return <Select {...props} {...pickerDefaults(props)} data={useRecordChoices(choices)} />;
}

/** The same over several records at once (members, invitees). */
export function RecordMultiSelect({ choices, ...props }: Omit<MultiSelectProps, 'data' | 'label'> & PickerOwn) {
  return <MultiSelect {...props} {...pickerDefaults(props)} data={useRecordChoices(choices)} />;
}

/** Clearable unless told otherwise, with the clear button named after the label. */
function pickerDefaults(props: { label: string; clearable?: boolean; clearButtonProps?: object }) {
  return {
    clearable: props.clearable ?? true,
    clearButtonProps: props.clearButtonProps ?? clearLabel(props.label),
  };
}

function useRecordChoices(choices: Choices): Choice[] {
  const doc = useDoc();
  return useMemo(() => choices(doc), [choices, doc]);
}

function clearLabel(label: string) {
  return { 'aria-label': `Clear ${label.toLowerCase()}` };
}
