import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { NotFound } from '../app/NotFound';
import { IconFileTypeDocx, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { PolicyKind, type PolicyRevision, type RevisionStatus } from '../../src/policies/model';
import { adoptedRevision, currentRevision, revisionsByDate, statusDate } from '../../src/policies/currentRevision';
import { waitingOn } from '../../src/policies/waitingOn';
import { call } from '../api/client';
import { PageHeader } from '../app/PageHeader';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { CompareRevisions } from './CompareRevisions';
import { ConfirmModal } from '../components/ConfirmModal';
import { EditAndDeleteMenu } from '../components/EditDelete';
import { act } from '../components/act';
import { PolicyFormModal } from './PolicyFormModal';
import { RevisionCard } from './RevisionCard';
import { RevisionFormModal } from './RevisionFormModal';
import { ReviewModal } from './ReviewModal';
import { SignatureModal } from './SignatureModal';
import { StatusChangeModal } from './StatusChangeModal';
import { tableDay } from '../../src/model/dateFormats';
import { SectionHeading } from '../components/SectionHeading';

/** One policy: where it stands, every revision newest first, the comparison, and the revision log. */
export function PolicyDetail({ id }: { id: string }) {
  const doc = useDoc();
  const { run } = useWorkspaceActions();
  const [, navigate] = useLocation();
  const policy = doc.policies.find((p) => p.id === id);

  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [addingRevision, setAddingRevision] = useState(false);
  const [editingRevision, setEditingRevision] = useState<PolicyRevision | null>(null);
  const [move, setMove] = useState<{ revision: PolicyRevision; to: RevisionStatus } | null>(null);
  const [reviewing, setReviewing] = useState<PolicyRevision | null>(null);
  const [signing, setSigning] = useState<PolicyRevision | null>(null);
  const [deletingRevision, setDeletingRevision] = useState<PolicyRevision | null>(null);
  const [exporting, setExporting] = useState(false);

  const newestFirst = useMemo(() => (policy ? revisionsByDate(policy).reverse() : []), [policy]);

  if (!policy) {
    return (
      <NotFound
        title="Policy not found"
        text="This policy is no longer in the workspace. It may have been deleted."
        back="Back to all policies"
      />
    );
  }

  const orgName = (orgId: string | null) => doc.organizations.find((o) => o.id === orgId)?.name;
  const workgroup = doc.workgroups.find((w) => w.id === policy.workgroupId);
  const inForce = adoptedRevision(policy);
  const waiting = waitingOn(policy, doc);
  const partners = policy.partnerOrganizationIds.map((p) => orgName(p) ?? 'An agency no longer listed');

  async function exportLog() {
    if (!policy) return;
    setExporting(true);
    await act(
      () => call('exportPolicyRevisionLogDocx', { policyId: policy.id }),
      'The revision log was not saved',
      // Nothing is said when the person cancels the save dialog.
      (saved) => (saved ? `Saved the revision log as ${saved.fileName}.` : null),
    );
    setExporting(false);
  }

  const description = [
    PolicyKind.labelOf(policy.kind),
    orgName(policy.owningOrganizationId) ? `owned by ${orgName(policy.owningOrganizationId)}` : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <>
      <PageHeader
        back="All policies"
        title={policy.title}
        description={description}
        actions={
          <>
            <Button
              leftSection={<IconFileTypeDocx size={18} />}
              variant="light"
              loading={exporting}
              onClick={() => void exportLog()}
            >
              Export revision log
            </Button>
            <EditAndDeleteMenu noun="policy" onEdit={() => setEditing(true)} onDelete={() => setDeleting(true)} />
          </>
        }
      />

      <Stack gap="xl">
        <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="standing-heading">
          <Title order={2} size="h3" id="standing-heading" mb="sm">
            Where it stands
          </Title>
          <Stack gap={6}>
            <Text fw={600} data-testid="waiting-sentence">
              {waiting.sentence}
            </Text>
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                In force:{' '}
              </Text>
              {inForce
                ? `version ${inForce.version}, adopted ${tableDay(statusDate(inForce, 'adopted') ?? inForce.date)}`
                : 'nothing adopted yet'}
            </Text>
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                Responsible workgroup:{' '}
              </Text>
              {workgroup ? (
                <Anchor component={Link} href={`~/workgroups/${workgroup.id}`} size="sm" underline="always">
                  {workgroup.name}
                </Anchor>
              ) : (
                'none'
              )}
            </Text>
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                Partner agencies that sign:{' '}
              </Text>
              {partners.length ? partners.join(', ') : 'none named'}
            </Text>
          </Stack>
        </Paper>

        <section aria-labelledby="revisions-heading">
          <SectionHeading id="revisions-heading" title={<>Revisions ({policy.revisions.length})</>}>
            <Button size="sm" leftSection={<IconPlus size={16} />} onClick={() => setAddingRevision(true)}>
              New revision
            </Button>
          </SectionHeading>
          {newestFirst.length === 0 ? (
            <Paper withBorder radius="md" p="lg">
              <Text size="sm" c="dimmed">
                No revisions yet. Add the first draft, or the version in force today if you are entering an existing
                policy.
              </Text>
            </Paper>
          ) : (
            <Stack gap="sm">
              {newestFirst.map((revision) => (
                <RevisionCard
                  key={revision.id}
                  policy={policy}
                  revision={revision}
                  actions={{
                    onMove: (r, to) => setMove({ revision: r, to }),
                    onEdit: setEditingRevision,
                    onReview: setReviewing,
                    onSign: setSigning,
                    onDelete: setDeletingRevision,
                  }}
                />
              ))}
            </Stack>
          )}
        </section>

        <CompareRevisions policy={policy} />
      </Stack>

      <PolicyFormModal opened={editing} onClose={() => setEditing(false)} policy={policy} />
      <RevisionFormModal
        opened={addingRevision}
        onClose={() => setAddingRevision(false)}
        policy={policy}
        startFrom={currentRevision(policy)}
      />
      <RevisionFormModal
        opened={Boolean(editingRevision)}
        onClose={() => setEditingRevision(null)}
        policy={policy}
        revision={editingRevision ?? undefined}
      />
      <StatusChangeModal
        policy={policy}
        revision={move?.revision ?? null}
        to={move?.to ?? null}
        onClose={() => setMove(null)}
      />
      <ReviewModal policy={policy} revision={reviewing} onClose={() => setReviewing(null)} />
      <SignatureModal policy={policy} revision={signing} onClose={() => setSigning(null)} />
      <ConfirmModal
        opened={Boolean(deletingRevision)}
        title={`Delete version ${deletingRevision?.version ?? ''}?`}
        message="The revision, its reviews and its text will be removed from the policy. Edit › Undo brings it back."
        confirmLabel="Delete revision"
        onClose={() => setDeletingRevision(null)}
        onConfirm={async () => {
          if (!deletingRevision) return;
          const deleted = await act(
            () => run('deletePolicyRevision', { policyId: policy.id, revisionId: deletingRevision.id }),
            'The revision was not deleted',
            `Version ${deletingRevision.version} deleted.`,
          );
          if (deleted) setDeletingRevision(null);
        }}
      />
      <ConfirmModal
        opened={deleting}
        title={`Delete “${policy.title}”?`}
        message={`The policy and all ${policy.revisions.length} of its revisions will be removed. Action items about it stay on the list. Edit › Undo brings it back.`}
        confirmLabel="Delete policy"
        onClose={() => setDeleting(false)}
        onConfirm={async () => {
          const deleted = await act(
            () => run('deletePolicy', { id: policy.id }),
            'The policy was not deleted',
            `Deleted “${policy.title}”.`,
          );
          if (deleted) navigate('/');
        }}
      />
    </>
  );
}
