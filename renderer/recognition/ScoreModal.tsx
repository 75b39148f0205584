import { Button, Paper, Radio, Group, Select, Text, Textarea } from '@mantine/core';
import { act } from '../components/act';
import { z } from 'zod';
import type { RecognitionEvent } from '../../src/recognition/model';
import { eligibleReviewers, type RankedNomination } from '../../src/recognition/ranking';
import { FormDialog } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { nameOf } from './people';
import { reviewerFacingName } from '../../src/recognition/blindReview';

const SCORE_LABELS = ['1 · weak', '2', '3 · good', '4', '5 · outstanding'];

interface Values {
  reviewerId: string | null;
  /** '' until a score is chosen; the radio buttons' values are '1' to '5'. */
  score: string;
  comment: string;
}

/** What the form checks before the command does. */
const ScoreChoice = z.object({
  reviewerId: z.string({ error: 'Choose the reviewer.' }),
  score: z.string().min(1, 'Choose a score from 1 to 5.'),
});

/** One reviewer's score for one nomination, with the story beside it; scoring again edits the score. */
export function ScoreModal({
  event,
  row,
  onClose,
}: {
  event: RecognitionEvent;
  row: RankedNomination | null;
  onClose: () => void;
}) {
  const doc = useDoc();
  const { run } = useWorkspaceActions();
  const reviewers = row ? eligibleReviewers(event, row.nomination) : [];
  // Under blind review the reviewer sees the nomination's number, never the nominee's name.
  const title = row ? reviewerFacingName(event, row.nomination, row.nomineeName) : '';

  // A reviewer's earlier score, if any, so scoring again is an edit.
  const scoredBy = (reviewerId: string | null): Values => {
    const earlier = row?.nomination.reviews.find((r) => r.reviewerId === reviewerId);
    return { reviewerId, score: earlier ? String(earlier.score) : '', comment: earlier?.comment ?? '' };
  };

  const { form, dialog } = useCommandForm<Values>({
    opened: row !== null,
    // Start with the first reviewer who has not scored it, the likeliest person at the keyboard.
    initialValues: () => scoredBy(row?.notScoredBy[0] ?? reviewers[0] ?? null),
    schema: ScoreChoice,
    save: async ({ reviewerId, score, comment }) => {
      if (!row || !reviewerId) return;
      await run('scoreNomination', {
        eventId: event.id,
        nominationId: row.nomination.id,
        reviewerId,
        score: Number(score),
        comment,
      });
    },
    success: `Score saved for ${title}.`,
    failure: 'The score was not saved',
    onClose,
  });

  return (
    <FormDialog
      {...dialog}
      title={row ? `Score: ${title}` : 'Score'}
      size="lg"
      saveLabel="Save score"
    >
      {row ? (
        <Paper withBorder radius="md" p="sm" mah={220} style={{ overflowY: 'auto' }}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {row.nomination.story || 'No story was given.'}
          </Text>
        </Paper>
      ) : null}
      <Select
        label="Reviewer"
        data={reviewers.map((id) => ({ value: id, label: nameOf(doc, id) }))}
        allowDeselect={false}
        {...form.getInputProps('reviewerId')}
        // Another reviewer brings up their own earlier score, not the one shown.
        onChange={(reviewerId) => form.setValues(scoredBy(reviewerId))}
      />
      {form.values.reviewerId ? (
        <Button
          variant="subtle"
          size="compact-sm"
          color="orange"
          style={{ alignSelf: 'flex-start' }}
          onClick={async () => {
            const reviewerId = form.values.reviewerId;
            if (!row || !reviewerId) return;
            const done = await act(
              () => run('declareConflict', { eventId: event.id, nominationId: row.nomination.id, reviewerId, reason: form.values.comment }),
              'The conflict of interest was not recorded',
              `${nameOf(doc, reviewerId)} has stepped away from ${title}; their score is left out.`,
            );
            if (done) onClose();
          }}
        >
          {nameOf(doc, form.values.reviewerId)} has a conflict of interest: leave them out of this score
        </Button>
      ) : null}
      <Radio.Group label="Score" required {...form.getInputProps('score')}>
        <Group gap="md" mt={6}>
          {SCORE_LABELS.map((label, i) => (
            <Radio key={label} value={String(i + 1)} label={label} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea label="Comment" autosize minRows={2} maxRows={6} {...form.getInputProps('comment')} />
    </FormDialog>
  );
}
