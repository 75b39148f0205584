import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Policy, PolicyRevision } from '../../src/policies/model';
import { useDoc, useWorkspace } from '../workspace/WorkspaceProvider';
import { stakeholderChoices } from '../components/choices';
import { DayInput } from '../components/DayInput';
import { showFailure, showSuccess } from '../components/feedback';
import { useToday } from '../components/useToday';

/** Records that someone read a revision and what they said. */
export function ReviewModal({
  policy,
  revision,
  onClose,
}: {
  policy: Policy;
  revision: PolicyRevision | null;
  onClose: () => void;
}) {
  const doc = useDoc();
  const today = useToday();
  const { run } = useWorkspace();
  const [reviewerId, setReviewerId] = useState<string | null>(null);
  const [reviewerName, setReviewerName] = useState('');
  const [on, setOn] = useState<string | null>(today);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!revision) return;
    setReviewerId(null);
    setReviewerName('');
    setOn(today);
    setNote('');
    setErrors({});
  }, [revision]);

  async function save() {
    if (!revision) return;
    setBusy(true);
    try {
      await run('addRevisionReview', {
        policyId: policy.id,
        revisionId: revision.id,
        reviewerId,
        reviewerName,
        on: on ?? '',
        note,
      });
      showSuccess(`Review of version ${revision.version} recorded.`);
      onClose();
    } catch (error) {
      showFailure(error, 'The review was not recorded', setErrors);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={Boolean(revision)} onClose={onClose} title={`Record a review of version ${revision?.version ?? ''}`}>
      <Stack gap="md">
        <Select
          label="Reviewer"
          description="Someone in the workspace, or type a name below."
          data={stakeholderChoices(doc)}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': 'Clear reviewer' }}
          value={reviewerId}
          onChange={setReviewerId}
          error={errors.reviewerId}
          nothingFoundMessage="Nobody by that name; type it below instead"
          data-autofocus
        />
        {reviewerId ? null : (
          <TextInput
            label="Or the reviewer’s name"
            placeholder="County attorney"
            value={reviewerName}
            onChange={(e) => setReviewerName(e.currentTarget.value)}
            error={errors.reviewerName}
          />
        )}
        <DayInput label="Reviewed on" required value={on} onChange={setOn} error={errors.on} />
        <Textarea
          label="What they said"
          autosize
          minRows={2}
          maxRows={6}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.note}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void save()} loading={busy}>
            Record review
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
