import { Alert, Badge, Button, Group, List, Menu, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconDots, IconFileTypeDocx, IconUsersGroup } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import {
  currentOfficer,
  currentTerm,
  endingWords,
  notYetDeclared,
  officerHistory,
  pastTerms,
  roleDisagreements,
  termsEndingWithin,
} from '../../src/committee';
import { OfficerRole, type CommitteeSeat, type ConflictDeclaration } from '../../src/committee/model';
import { tableDay } from '../../src/model/dateFormats';
import { Sector } from '../../src/model/sector';
import { call } from '../api/client';
import { EmptyArea } from '../app/EmptyArea';
import { PageHeader } from '../app/PageHeader';
import { act } from '../components/act';
import { ActionsColumnHeader } from '../components/ActionsColumnHeader';
import { AddButton } from '../components/AddButton';
import { ConfirmModal } from '../components/ConfirmModal';
import { EditDeleteIcons } from '../components/EditDelete';
import { SectionHeading } from '../components/SectionHeading';
import { useToday } from '../components/useToday';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { DeclarationModal } from './DeclarationModal';
import { OfficerModal } from './OfficerModal';
import { SeatFormModal } from './SeatFormModal';
import { RenewTermModal, SeatMemberModal, VacateSeatModal } from './TermModals';

/** How far ahead the screen warns of terms ending: two months, time enough to find a member. */
const WARNING_DAYS = 60;

type SeatDialog = { kind: 'edit' | 'seat' | 'renew' | 'vacate'; seat: CommitteeSeat } | { kind: 'new' } | null;

/**
 * The steering committee's governance: its seats and who holds them until when, its officers,
 * and this year's declarations of interest. What needs doing (an empty seat, a term ending, a
 * member who has not declared) is said at the top, before the tables.
 */
export function CommitteePage() {
  const doc = useDoc();
  const today = useToday();
  const { run } = useWorkspaceActions();
  const year = Number(today.slice(0, 4));
  const [seatDialog, setSeatDialog] = useState<SeatDialog>(null);
  const [deleting, setDeleting] = useState<CommitteeSeat | null>(null);
  const [appointing, setAppointing] = useState<OfficerRole | null>(null);
  const [declaring, setDeclaring] = useState<{
    stakeholderId?: string | null;
    declaration?: ConflictDeclaration;
  } | null>(null);
  const [deletingDeclaration, setDeletingDeclaration] = useState<ConflictDeclaration | null>(null);

  const people = useMemo(() => new Map(doc.stakeholders.map((s) => [s.id, s])), [doc.stakeholders]);
  const organizations = useMemo(() => new Map(doc.organizations.map((o) => [o.id, o.name])), [doc.organizations]);
  const nameOf = (id: string | null | undefined) =>
    id ? (people.get(id)?.name ?? 'Someone no longer in the list') : '';
  const seats = useMemo(
    () => [...doc.committeeSeats].sort((a, b) => a.name.localeCompare(b.name)),
    [doc.committeeSeats],
  );
  const attention = useMemo(() => termsEndingWithin(doc, today, WARNING_DAYS), [doc, today]);
  const undeclared = useMemo(() => notYetDeclared(doc, year), [doc, year]);
  const disagreements = useMemo(
    () => roleDisagreements(doc.committeeOfficers, doc.stakeholders),
    [doc.committeeOfficers, doc.stakeholders],
  );
  const declarations = useMemo(
    () =>
      doc.conflictDeclarations
        .filter((d) => d.year === year && d.stakeholderId)
        .sort((a, b) => nameOf(a.stakeholderId).localeCompare(nameOf(b.stakeholderId))),
    // nameOf reads `people`, listed here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc.conflictDeclarations, year, people],
  );

  const seatEditor = (
    <SeatFormModal
      opened={seatDialog?.kind === 'new' || seatDialog?.kind === 'edit'}
      onClose={() => setSeatDialog(null)}
      seat={seatDialog?.kind === 'edit' ? seatDialog.seat : undefined}
    />
  );
  const dialogSeat = seatDialog && seatDialog.kind !== 'new' ? seatDialog.seat : null;

  if (doc.committeeSeats.length === 0 && doc.committeeOfficers.length === 0 && doc.conflictDeclarations.length === 0) {
    return (
      <EmptyArea
        title="Steering committee"
        icon={IconUsersGroup}
        text="No seats yet. Add a seat for each agency or group that sits on the steering committee (the sheriff’s office, the crisis center, a person with lived experience), then seat a member in each, with the term they serve."
        dialog={seatEditor}
      >
        <AddButton onClick={() => setSeatDialog({ kind: 'new' })}>New seat</AddButton>
      </EmptyArea>
    );
  }

  const saveRoster = () =>
    act(
      () => call('exportSeatsRosterDocx', {}),
      'The roster was not saved',
      (saved) => (saved ? `Saved the roster as ${saved.fileName}.` : null),
    );

  return (
    <>
      <PageHeader
        title="Steering committee"
        description="Who holds each seat and until when, the officers, and each member’s declaration of interests for the year."
        actions={
          <Button variant="light" leftSection={<IconFileTypeDocx size={18} />} onClick={() => void saveRoster()}>
            Seats and terms roster
          </Button>
        }
      />
      <Stack gap="xl">
        <section aria-labelledby="committee-attention">
          <SectionHeading id="committee-attention" title="Needs attention" />
          {attention.length === 0 && undeclared.length === 0 && disagreements.length === 0 ? (
            <Alert color="teal" variant="light" title="Nothing to do">
              Every seat is filled, no term ends in the next {WARNING_DAYS} days, and every member has declared for{' '}
              {year}.
            </Alert>
          ) : (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />} title="To fill, renew or ask">
              <List size="sm" spacing={4}>
                {attention.map((a) => (
                  <List.Item key={a.seat.id}>
                    {a.kind === 'empty' ? (
                      <>
                        <b>{a.seat.name}</b>: empty. Find a member.
                      </>
                    ) : (
                      <>
                        <b>{a.seat.name}</b>: {nameOf(a.stakeholderId)}. {endingWords(a.daysLeft)} ({tableDay(a.endsOn)}
                        ).
                      </>
                    )}
                  </List.Item>
                ))}
                {undeclared.length ? (
                  <List.Item>
                    Not yet declared for {year}: {undeclared.map(nameOf).join(', ')}.
                  </List.Item>
                ) : null}
                {disagreements.map((d) => (
                  <List.Item key={d.role}>
                    The {OfficerRole.labelOf(d.role).toLowerCase()} on the stakeholder list (
                    {d.withRoleIds.map(nameOf).join(', ') || 'no one'}) differs from the officer history (
                    {nameOf(d.officerId) || 'no one'}). Appoint the right person below to settle it.
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
        </section>

        <section aria-labelledby="committee-seats">
          <SectionHeading id="committee-seats" title="Seats and terms">
            <AddButton onClick={() => setSeatDialog({ kind: 'new' })}>New seat</AddButton>
          </SectionHeading>
          {seats.length === 0 ? (
            <Text c="dimmed">No seats yet. Add one for each agency or group that sits on the committee.</Text>
          ) : (
            <Table striped aria-labelledby="committee-seats" verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Seat</Table.Th>
                  <Table.Th>Held for</Table.Th>
                  <Table.Th>Member</Table.Th>
                  <Table.Th>Term</Table.Th>
                  <Table.Th>Sat here before</Table.Th>
                  <ActionsColumnHeader width={150} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {seats.map((seat) => {
                  const term = currentTerm(seat);
                  const before = pastTerms(seat);
                  // A term ending within the warning window is said on its row too, where the chair renews it.
                  const ending = attention.find((a) => a.seat.id === seat.id);
                  return (
                    <Table.Tr key={seat.id}>
                      <Table.Td fw={600}>{seat.name}</Table.Td>
                      <Table.Td>
                        {seat.organizationId ? organizations.get(seat.organizationId) : Sector.labelOf(seat.sector)}
                      </Table.Td>
                      <Table.Td>
                        {term ? (
                          nameOf(term.stakeholderId)
                        ) : (
                          <Badge color="orange" variant="light" tt="none">
                            Empty
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {term
                          ? `${tableDay(term.startsOn)} – ${term.endsOn ? tableDay(term.endsOn) : 'no set end'}`
                          : ''}
                        {ending?.kind === 'ending' ? (
                          <Badge color="orange" variant="light" tt="none" display="block" mt={4} w="fit-content">
                            {endingWords(ending.daysLeft)}
                          </Badge>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        {before.length ? (
                          <Text size="sm">
                            {before
                              .map(
                                (t) => `${nameOf(t.stakeholderId)} (${tableDay(t.startsOn)} – ${tableDay(t.leftOn!)})`,
                              )
                              .join('; ')}
                          </Text>
                        ) : (
                          <Text size="sm" c="dimmed">
                            No one yet
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap" justify="flex-end">
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setSeatDialog({ kind: 'seat', seat })}
                            aria-label={`Seat member: ${seat.name}`}
                          >
                            Seat member
                          </Button>
                          <Menu position="bottom-end" withinPortal>
                            <Menu.Target>
                              <Button size="xs" variant="subtle" px={6} aria-label={`More for the seat ${seat.name}`}>
                                <IconDots size={16} />
                              </Button>
                            </Menu.Target>
                            <Menu.Dropdown>
                              <Menu.Item disabled={!term} onClick={() => setSeatDialog({ kind: 'renew', seat })}>
                                Renew term
                              </Menu.Item>
                              <Menu.Item disabled={!term} onClick={() => setSeatDialog({ kind: 'vacate', seat })}>
                                Member leaves the seat
                              </Menu.Item>
                              <Menu.Item onClick={() => setSeatDialog({ kind: 'edit', seat })}>Edit seat</Menu.Item>
                              <Menu.Item color="red" onClick={() => setDeleting(seat)}>
                                Delete seat
                              </Menu.Item>
                            </Menu.Dropdown>
                          </Menu>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
        </section>

        <section aria-labelledby="committee-officers">
          <SectionHeading id="committee-officers" title="Officers" />
          <Table striped aria-labelledby="committee-officers" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Office</Table.Th>
                <Table.Th>Held by</Table.Th>
                <Table.Th>Since</Table.Th>
                <Table.Th>Held before by</Table.Th>
                <ActionsColumnHeader width={180} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {OfficerRole.options.map((role) => {
                const now = currentOfficer(doc.committeeOfficers, role);
                const before = officerHistory(doc.committeeOfficers, role).filter((o) => o.to !== null);
                const label = OfficerRole.labelOf(role);
                return (
                  <Table.Tr key={role}>
                    <Table.Td fw={600}>{label}</Table.Td>
                    <Table.Td>
                      {now ? (
                        nameOf(now.stakeholderId)
                      ) : (
                        <Text c="dimmed" size="sm">
                          Vacant
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{now ? tableDay(now.from) : ''}</Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {before
                          .map((o) => `${nameOf(o.stakeholderId)} (${tableDay(o.from)} – ${tableDay(o.to!)})`)
                          .join('; ') || '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setAppointing(role)}
                          aria-label={`Appoint ${label.toLowerCase()}`}
                        >
                          Appoint
                        </Button>
                        {now ? (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="gray"
                            aria-label={`End term of the ${label.toLowerCase()}`}
                            onClick={() =>
                              void act(
                                () => run('endOfficerTerm', { role, on: today }),
                                'The term was not ended',
                                `${label}: term ended today.`,
                              )
                            }
                          >
                            End term
                          </Button>
                        ) : null}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </section>

        <section aria-labelledby="committee-declarations">
          <SectionHeading id="committee-declarations" title={`Declarations of interest, ${year}`}>
            <AddButton onClick={() => setDeclaring({})}>Record declaration</AddButton>
          </SectionHeading>
          {undeclared.length ? (
            <Group gap="xs" mb="sm">
              <Text size="sm">Not yet declared:</Text>
              {undeclared.map((id) => (
                <Button
                  key={id}
                  size="compact-sm"
                  variant="light"
                  color="orange"
                  onClick={() => setDeclaring({ stakeholderId: id })}
                  aria-label={`Record the declaration of ${nameOf(id)}`}
                >
                  {nameOf(id)}
                </Button>
              ))}
            </Group>
          ) : null}
          {declarations.length === 0 ? (
            <Text c="dimmed">No declarations recorded for {year} yet.</Text>
          ) : (
            <Table striped aria-labelledby="committee-declarations">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Member</Table.Th>
                  <Table.Th>Declared on</Table.Th>
                  <Table.Th>Interests</Table.Th>
                  <ActionsColumnHeader width={90} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {declarations.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>{nameOf(d.stakeholderId)}</Table.Td>
                    <Table.Td>{tableDay(d.declaredOn)}</Table.Td>
                    <Table.Td>
                      {d.nothingToDeclare ? (
                        <Text size="sm" c="dimmed">
                          Nothing to declare
                        </Text>
                      ) : (
                        <Text size="sm">{d.interests}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={2} wrap="nowrap">
                        <EditDeleteIcons
                          name={`declaration of ${nameOf(d.stakeholderId)}`}
                          onEdit={() => setDeclaring({ declaration: d })}
                          onDelete={() => setDeletingDeclaration(d)}
                        />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Text size="xs" c="dimmed" mt="xs">
            What members declare is kept private: it is left out of share-safe copies and never printed.
          </Text>
        </section>
      </Stack>

      {seatEditor}
      <SeatMemberModal opened={seatDialog?.kind === 'seat'} onClose={() => setSeatDialog(null)} seat={dialogSeat} />
      <RenewTermModal opened={seatDialog?.kind === 'renew'} onClose={() => setSeatDialog(null)} seat={dialogSeat} />
      <VacateSeatModal opened={seatDialog?.kind === 'vacate'} onClose={() => setSeatDialog(null)} seat={dialogSeat} />
      <OfficerModal opened={appointing !== null} onClose={() => setAppointing(null)} role={appointing ?? 'chair'} />
      <DeclarationModal
        opened={declaring !== null}
        onClose={() => setDeclaring(null)}
        year={year}
        stakeholderId={declaring?.stakeholderId}
        declaration={declaring?.declaration}
      />
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete the seat “${deleting?.name ?? ''}”?`}
        message="The seat and the history of who sat in it will be deleted. The members stay on the stakeholder list and on the committee."
        confirmLabel="Delete seat"
        onConfirm={async () => {
          if (
            deleting &&
            (await act(() => run('deleteSeat', { id: deleting.id }), 'The seat was not deleted', 'Seat deleted.'))
          )
            setDeleting(null);
        }}
      />
      <ConfirmModal
        opened={deletingDeclaration !== null}
        onClose={() => setDeletingDeclaration(null)}
        title="Delete this declaration?"
        message={`The declaration of ${nameOf(deletingDeclaration?.stakeholderId)} for ${deletingDeclaration?.year ?? ''} will be deleted.`}
        confirmLabel="Delete declaration"
        onConfirm={async () => {
          if (
            deletingDeclaration &&
            (await act(
              () => run('deleteDeclaration', { id: deletingDeclaration.id }),
              'The declaration was not deleted',
              'Declaration deleted.',
            ))
          )
            setDeletingDeclaration(null);
        }}
      />
    </>
  );
}
