import { Button, Group, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { ActionsColumnHeader } from '../components/ActionsColumnHeader';
import { useMemo, useState } from 'react';
import type { Nomination, RecognitionEvent } from '../../src/recognition/model';
import { rankNominations, type RankedNomination } from '../../src/recognition/ranking';
import { reviewerFacingName } from '../../src/recognition/blindReview';
import { ReviewerProgressPanel } from './ReviewerProgressPanel';
import { scoringLeftWarning } from '../../src/recognition/scoringLeft';
import { act } from '../components/act';
import { clearMessages } from '../components/feedback';
import { RecordMultiSelect } from '../components/pickers/RecordSelect';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { EarlySelectionModal } from './EarlySelectionModal';
import { NominationStatusBadge } from './NominationStatusBadge';
import { nameOf, personChoices } from './people';
import { ScoreModal } from './ScoreModal';

/**
 * The selection committee's work: who is on it, each nomination's average score ranked within its
 * award, who has not scored what, and the choice of honorees.
 */
export function ReviewPanel({ event }: { event: RecognitionEvent }) {
  const doc = useDoc();
  const { run } = useWorkspaceActions();
  const [scoring, setScoring] = useState<RankedNomination | null>(null);
  const [early, setEarly] = useState<RankedNomination | null>(null);
  const ranking = useMemo(() => rankNominations(event, doc), [event, doc]);
  // Under blind review this whole tab, its buttons, questions and messages included, calls each
  // nomination by its number: reviewers look at it while they score.
  const shown = (row: RankedNomination) => reviewerFacingName(event, row.nomination, row.nomineeName);
  const warningFor = (row: RankedNomination) =>
    scoringLeftWarning(
      shown(row),
      row.notScoredBy.map((id) => nameOf(doc, id)),
    );

  const setStatus = (nomination: Nomination, status: Nomination['status'], message: string) =>
    act(
      () => run('setNominationStatus', { eventId: event.id, ids: [nomination.id], status }),
      'The nomination was not changed',
      message,
    );

  return (
    <Stack gap="lg">
      <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="committee-heading">
        <Title order={2} size="h3" id="committee-heading" mb="xs">
          Selection committee
        </Title>
        <RecordMultiSelect
          label="Committee members"
          description="The people who score nominations from 1 (weak) to 5 (outstanding). Nobody scores their own nomination."
          choices={personChoices}
          value={event.committeeIds}
          searchable
          clearable={false}
          nothingFoundMessage="No one by that name"
          onChange={(reviewerIds) =>
            act(() => run('setSelectionCommittee', { eventId: event.id, reviewerIds }), 'The committee was not changed')
          }
        />
        <Switch
          mt="md"
          label="Blind review"
          description="Reviewers see “Nomination 3” in place of the nominee’s and nominator’s names while they score."
          checked={event.blindReview}
          onChange={(e) => {
            const blindReview = e.currentTarget.checked;
            // A message said before (a conflict declared on a named nomination) must not stay on screen.
            if (blindReview) clearMessages();
            void act(
              () => run('setBlindReview', { eventId: event.id, blindReview }),
              'Blind review was not changed',
              blindReview ? 'Blind review is on: names are hidden while scoring.' : 'Blind review is off.',
            );
          }}
        />
      </Paper>

      <ReviewerProgressPanel event={event} />

      {ranking.every((c) => c.rows.length === 0) ? (
        <Text size="sm" c="dimmed">
          No nominations to review yet.
        </Text>
      ) : (
        ranking
          .filter((c) => c.rows.length > 0)
          .map((category) => (
            <section key={category.categoryId} aria-labelledby={`rank-${category.categoryId}`}>
              <Title order={2} size="h3" id={`rank-${category.categoryId}`} mb="xs">
                {category.categoryName}
              </Title>
              <Paper withBorder radius="md">
                <Table.ScrollContainer minWidth={760}>
                  <Table
                    verticalSpacing="sm"
                    highlightOnHover
                    layout="fixed"
                    aria-label={`Ranking for ${category.categoryName}`}
                  >
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w={64}>Rank</Table.Th>
                        <Table.Th>Nominee</Table.Th>
                        <Table.Th w={100}>Average</Table.Th>
                        <Table.Th>Not scored yet</Table.Th>
                        <Table.Th w={180}>Status</Table.Th>
                        <ActionsColumnHeader width={250} />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {category.rows.map((row) => (
                        <Table.Tr key={row.nomination.id} data-testid="ranking-row">
                          <Table.Td>{row.rank ?? '–'}</Table.Td>
                          <Table.Td fw={600}>{shown(row)}</Table.Td>
                          <Table.Td>
                            {row.average === null ? (
                              <Text size="sm" c="dimmed">
                                No scores
                              </Text>
                            ) : (
                              <Text size="sm">
                                {row.average.toFixed(2)}{' '}
                                <Text span size="xs" c="dimmed">
                                  ({row.scoreCount})
                                </Text>
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            {row.notScoredBy.length === 0 ? (
                              <Text size="sm" c="dimmed">
                                {event.committeeIds.length === 0 ? 'No committee yet' : 'Everyone has scored'}
                              </Text>
                            ) : (
                              <Text size="sm">{row.notScoredBy.map((id) => nameOf(doc, id)).join(', ')}</Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <NominationStatusBadge status={row.nomination.status} />
                          </Table.Td>
                          <Table.Td>
                            <Group gap="xs" justify="flex-end" wrap="nowrap">
                              <Button
                                size="xs"
                                variant="default"
                                disabled={event.committeeIds.length === 0}
                                onClick={() => setScoring(row)}
                                aria-label={`Score ${shown(row)}`}
                              >
                                Score
                              </Button>
                              {row.nomination.status === 'selected' ? (
                                <Button
                                  size="xs"
                                  variant="subtle"
                                  onClick={() =>
                                    setStatus(row.nomination, 'under-review', `${shown(row)} is no longer an honoree.`)
                                  }
                                  aria-label={`Undo selection: ${shown(row)}`}
                                >
                                  Undo selection
                                </Button>
                              ) : (
                                <Button
                                  size="xs"
                                  onClick={() =>
                                    warningFor(row)
                                      ? setEarly(row)
                                      : setStatus(row.nomination, 'selected', `${shown(row)} is an honoree.`)
                                  }
                                  aria-label={`Select as honoree: ${shown(row)}`}
                                >
                                  Select as honoree
                                </Button>
                              )}
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Paper>
            </section>
          ))
      )}
      <ScoreModal event={event} row={scoring} onClose={() => setScoring(null)} />
      <EarlySelectionModal
        nomineeName={early ? shown(early) : null}
        warning={early ? warningFor(early) : null}
        onSelect={async () => {
          if (early) await setStatus(early.nomination, 'selected', `${shown(early)} is an honoree.`);
        }}
        onClose={() => setEarly(null)}
      />
    </Stack>
  );
}
