import { Select, TextInput } from '@mantine/core';
import type { RevisionDialogProps } from './revisionDialog';
import { z } from 'zod';
import { unsignedPartners } from '../../src/policies/waitingOn';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { DayInput } from '../components/DayInput';
import { FormDialog } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { useToday } from '../components/useToday';

interface Values {
  organizationId: string | null;
  signedOn: string | null;
  signedBy: string;
}

/** The one thing the form checks itself; the command checks the rest. */
const SignatureChoice = z.object({ organizationId: z.string({ error: 'Choose the agency that signed.' }) });

/** Records a partner agency's signature (or approval) on a revision, with the day and the signer. */
export function SignatureModal({ policy, revision, onClose }: RevisionDialogProps) {
  const doc = useDoc();
  const today = useToday();
  const { run } = useWorkspaceActions();
  const version = revision?.version ?? '';
  const { form, dialog } = useCommandForm<Values>({
    opened: Boolean(revision),
    // The first agency that has not signed yet is the likeliest one.
    initialValues: () => ({
      organizationId: revision ? (unsignedPartners(policy, revision)[0] ?? null) : null,
      signedOn: today,
      signedBy: '',
    }),
    schema: SignatureChoice,
    save: async ({ organizationId, signedOn, signedBy }) => {
      if (!revision || !organizationId) return;
      await run('recordSignature', {
        policyId: policy.id,
        revisionId: revision.id,
        organizationId,
        signedOn: signedOn ?? '',
        signedBy,
      });
    },
    success: `Signature recorded for version ${version}.`,
    failure: 'The signature was not recorded',
    onClose,
  });

  const signers = [
    ...policy.partnerOrganizationIds,
    ...(policy.owningOrganizationId ? [policy.owningOrganizationId] : []),
  ];
  const choices = signers.map((id) => ({
    value: id,
    label: doc.organizations.find((o) => o.id === id)?.name ?? 'An agency no longer listed',
  }));

  return (
    <FormDialog {...dialog} title={`Record a signature on version ${version}`} saveLabel="Record signature">
      <Select
        label="Agency"
        data={choices}
        allowDeselect={false}
        data-autofocus
        {...form.getInputProps('organizationId')}
      />
      <DayInput label="Signed on" required {...form.getInputProps('signedOn')} />
      <TextInput label="Signed by" placeholder="Sheriff M. Ortiz" {...form.getInputProps('signedBy')} />
    </FormDialog>
  );
}
