import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Policy, PolicyRevision } from '../../src/policies/model';
import { unsignedPartners } from '../../src/policies/waitingOn';
import { useDoc, useWorkspace } from '../workspace/WorkspaceProvider';
import { DayInput } from '../components/DayInput';
import { showFailure, showSuccess } from '../components/feedback';
import { useToday } from '../components/useToday';

/** Records a partner agency's signature (or approval) on a revision, with the day and the signer. */
export function SignatureModal({
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
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [signedOn, setSignedOn] = useState<string | null>(today);
  const [signedBy, setSignedBy] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const signers = [
    ...policy.partnerOrganizationIds,
    ...(policy.owningOrganizationId ? [policy.owningOrganizationId] : []),
  ];
  const choices = signers.map((id) => ({
    value: id,
    label: doc.organizations.find((o) => o.id === id)?.name ?? 'An agency no longer listed',
  }));

  useEffect(() => {
    if (!revision) return;
    setOrganizationId(unsignedPartners(policy, revision)[0] ?? null);
    setSignedOn(today);
    setSignedBy('');
    setErrors({});
  }, [revision]);

  async function save() {
    if (!revision) return;
    if (!organizationId) {
      setErrors({ organizationId: 'Choose the agency that signed.' });
      return;
    }
    setBusy(true);
    try {
      await run('recordSignature', {
        policyId: policy.id,
        revisionId: revision.id,
        organizationId,
        signedOn: signedOn ?? '',
        signedBy,
      });
      showSuccess(`Signature recorded for version ${revision.version}.`);
      onClose();
    } catch (error) {
      showFailure(error, 'The signature was not recorded', setErrors);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={Boolean(revision)}
      onClose={onClose}
      title={`Record a signature on version ${revision?.version ?? ''}`}
    >
      <Stack gap="md">
        <Select
          label="Agency"
          data={choices}
          allowDeselect={false}
          value={organizationId}
          onChange={setOrganizationId}
          error={errors.organizationId}
          data-autofocus
        />
        <DayInput label="Signed on" required value={signedOn} onChange={setSignedOn} error={errors.signedOn} />
        <TextInput
          label="Signed by"
          placeholder="Sheriff M. Ortiz"
          value={signedBy}
          onChange={(e) => setSignedBy(e.currentTarget.value)}
          error={errors.signedBy}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void save()} loading={busy}>
            Record signature
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
