import { Alert, Group, Select, Text, Textarea, TextInput } from '@mantine/core';
import {
  POLICY_TEXT_LIMIT,
  RevisionFields,
  RevisionStatus,
  type Policy,
  type PolicyRevision,
} from '../../src/policies/model';
import { latestRevision } from '../../src/policies/currentRevision';
import { textEditRefusal } from '../../src/policies/revisionStatus';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { DayInput } from '../components/DayInput';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { MeetingSelect } from '../components/pickers/pickers';
import { useToday } from '../components/useToday';

interface Values {
  version: string;
  date: string | null;
  summary: string;
  text: string;
  meetingId: string | null;
  status: RevisionStatus;
}

const NewRevision = RevisionFields.extend({ status: RevisionStatus });

/**
 * Adds a revision, or edits one. New work starts as a draft; someone entering the history of an
 * existing policy can record an older version as superseded, or the one in force as adopted.
 */
export function RevisionFormModal({
  opened,
  onClose,
  policy,
  revision,
  startFrom,
}: DialogProps & {
  policy: Policy;
  revision?: PolicyRevision;
  /** A revision whose text the new one starts from (the usual way to begin a new version). */
  startFrom?: PolicyRevision | null;
}) {
  const today = useToday();
  const { run } = useWorkspaceActions();
  const locked = revision ? textEditRefusal(revision) : null;
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () =>
      revision
        ? valuesOf(revision)
        : {
            version: suggestVersion(policy),
            date: today,
            summary: '',
            text: startFrom?.text ?? '',
            meetingId: null,
            status: 'draft',
          },
    schema: revision ? RevisionFields : NewRevision,
    save: async ({ status, date, ...fields }) => {
      if (revision) {
        // A revision past review keeps its wording: only the rest is sent.
        const { text: _kept, ...rest } = fields;
        const changes = { ...(locked ? rest : fields), date: date ?? '' };
        await run('updatePolicyRevision', { policyId: policy.id, revisionId: revision.id, changes });
      } else {
        await run('addPolicyRevision', { policyId: policy.id, ...fields, date: date ?? '', status });
      }
    },
    success: (values) => `Version ${values.version} ${revision ? 'saved' : 'added'}.`,
    failure: 'The revision was not saved',
    onClose,
  });

  const length = form.values.text.length;

  return (
    <FormDialog
      {...dialog}
      title={revision ? `Edit version ${revision.version}` : 'New revision'}
      size="xl"
      saveLabel={revision ? 'Save revision' : 'Add revision'}
    >
      <Group grow align="flex-start">
        <TextInput label="Version" required data-autofocus placeholder="2.0" {...form.getInputProps('version')} />
        <DayInput label="Dated" required {...form.getInputProps('date')} />
        {revision ? null : (
          <Select
            label="Status"
            description="New work is a draft."
            data={RevisionStatus.choices}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
        )}
      </Group>
      {!revision && form.values.status !== 'draft' ? (
        <Alert variant="light" color="blue">
          Use this when entering history: an older version as “Superseded”, or the version in force today as “Adopted by
          the agency”. Adopting supersedes the version that was in force.
        </Alert>
      ) : null}
      <Textarea
        label="Full text"
        description={
          locked ??
          `Optional. Paste the policy's wording to compare versions side by side. ${length.toLocaleString()} of ${POLICY_TEXT_LIMIT.toLocaleString()} characters.`
        }
        autosize
        minRows={6}
        maxRows={18}
        readOnly={Boolean(locked)}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        {...form.getInputProps('text')}
      />
      {length > POLICY_TEXT_LIMIT ? (
        <Text size="sm" c="red" role="alert">
          The text is {(length - POLICY_TEXT_LIMIT).toLocaleString()} characters over the limit.
        </Text>
      ) : null}
      <Textarea
        label="What changed and why"
        autosize
        minRows={2}
        maxRows={6}
        placeholder="Drop-off moves to the crisis center so officers return to patrol sooner."
        {...form.getInputProps('summary')}
      />
      <MeetingSelect
        label="Decided at meeting"
        description="The meeting where the committee took it up, if it is in the workspace."
        clearButtonProps={{ 'aria-label': 'Clear the meeting' }}
        {...form.getInputProps('meetingId')}
      />
    </FormDialog>
  );
}

function valuesOf(revision: PolicyRevision): Values {
  const { version, date, summary, text, meetingId, status } = revision;
  return { version, date, summary, text, meetingId, status };
}

/** A suggested next label: 1 → 2, 1.0 → 2.0, 2.3 → 2.4, v3 → v4; a label without a number gets none. */
function suggestVersion(policy: Policy): string {
  const last = latestRevision(policy)?.version;
  if (!last) return '1.0';
  const match = /^(.*?)(\d+)$/.exec(last);
  if (!match) return '';
  const [, head, number] = match;
  if (number === '0' && head && /^\d+\.$/.test(head)) return `${Number(head.slice(0, -1)) + 1}.0`;
  return `${head}${Number(number) + 1}`;
}
