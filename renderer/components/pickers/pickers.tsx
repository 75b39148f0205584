import type { MultiSelectProps, SelectProps } from '@mantine/core';
import { meetingChoices, organizationChoices, stakeholderChoices, workgroupChoices } from '../choices';
import { RecordMultiSelect, RecordSelect } from './RecordSelect';

/**
 * The pickers the forms share, each with the defaults its screens agree on; any prop given
 * (a placeholder, another nothing-found message) wins over them.
 */
type PickerProps = Omit<SelectProps, 'data' | 'label'> & { label: string };
type MultiPickerProps = Omit<MultiSelectProps, 'data' | 'label'> & { label: string };

/** Someone in the workspace, found by typing their name: "Dana Lee — Riverbend Crisis Center". */
export function PersonSelect(props: PickerProps) {
  return <RecordSelect choices={stakeholderChoices} searchable nothingFoundMessage="Nobody by that name" {...props} />;
}

/** Several people at once (a workgroup's members, a meeting's invitees). */
export function PeopleMultiSelect(props: MultiPickerProps) {
  return (
    <RecordMultiSelect choices={stakeholderChoices} searchable nothingFoundMessage="Nobody by that name" {...props} />
  );
}

/** A workgroup; a short list, so picked from rather than searched unless asked. */
export function WorkgroupSelect(props: PickerProps) {
  return <RecordSelect choices={workgroupChoices} {...props} />;
}

/** An organization (an agency), found by typing its name. */
export function OrganizationSelect(props: PickerProps) {
  return <RecordSelect choices={organizationChoices} searchable {...props} />;
}

/** A meeting, newest first, labelled with its date. */
export function MeetingSelect(props: PickerProps) {
  return <RecordSelect choices={meetingChoices} searchable nothingFoundMessage="No meeting by that name" {...props} />;
}
