import { Textarea, TextInput } from '@mantine/core';
import type { RevisionDialogProps } from './revisionDialog';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { DayInput } from '../components/DayInput';
import { FormDialog } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { PersonSelect } from '../components/pickers/pickers';
import { useToday } from '../components/useToday';

interface Values {
  reviewerId: string | null;
  reviewerName: string;
  on: string | null;
  note: string;
}

/** Records that someone read a revision and what they said. */
export function ReviewModal({ policy, revision, onClose }: RevisionDialogProps) {
  const today = useToday();
  const { run } = useWorkspaceActions();
  const version = revision?.version ?? '';
  const { form, dialog } = useCommandForm<Values>({
    opened: Boolean(revision),
    initialValues: () => ({ reviewerId: null, reviewerName: '', on: today, note: '' }),
    save: async ({ on, ...values }) => {
      if (!revision) return;
      await run('addRevisionReview', { policyId: policy.id, revisionId: revision.id, ...values, on: on ?? '' });
    },
    success: `Review of version ${version} recorded.`,
    failure: 'The review was not recorded',
    onClose,
  });

  return (
    <FormDialog {...dialog} title={`Record a review of version ${version}`} saveLabel="Record review">
      <PersonSelect
        label="Reviewer"
        description="Someone in the workspace, or type a name below."
        nothingFoundMessage="Nobody by that name; type it below instead"
        data-autofocus
        {...form.getInputProps('reviewerId')}
      />
      {form.values.reviewerId ? null : (
        <TextInput
          label="Or the reviewer’s name"
          placeholder="County attorney"
          {...form.getInputProps('reviewerName')}
        />
      )}
      <DayInput label="Reviewed on" required {...form.getInputProps('on')} />
      <Textarea label="What they said" autosize minRows={2} maxRows={6} {...form.getInputProps('note')} />
    </FormDialog>
  );
}
