import { Button, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { IconFileText, IconFileTypeDocx } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'wouter';
import type { ItemProgress } from '../../src/stages/progress';
import { call } from '../api/client';
import { PageHeader } from '../app/PageHeader';
import { act } from '../components/act';
import { ConfirmModal } from '../components/ConfirmModal';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { runExport } from './exportReport';
import { MarkItemModal } from './MarkItemModal';
import { StageSection } from './StageSection';
import { useStageProgress } from './useStageProgress';
import { StepRing } from './StepRing';

/**
 * The checklist of building a CIT program, stage by stage. Most items tick themselves from what
 * the coalition records elsewhere (conversations, meetings, roles, workgroups, policies); the
 * rest are ticked by hand, and any item can be set by hand with a reason.
 */
export function StagesPage() {
  const progress = useStageProgress();
  const { run } = useWorkspaceActions();
  const [marking, setMarking] = useState<ItemProgress | null>(null);
  const [clearing, setClearing] = useState<ItemProgress | null>(null);
  const [step, setStep] = useState<string | null>(progress.currentStep.id);
  const [saving, setSaving] = useState(false);
  const current = progress.currentStep;

  async function saveReport() {
    setSaving(true);
    await runExport(() => call('exportProgressReportDocx', { shareSafe: true }), 'Progress report');
    setSaving(false);
  }

  async function clearMark(item: ItemProgress) {
    const cleared = await act(
      () => run('clearStageMark', { itemId: item.id }),
      'The mark was not cleared',
      `The mark on “${item.title}” was cleared.`,
    );
    if (cleared) setClearing(null);
  }

  return (
    <>
      <PageHeader
        title="Stages"
        description="Your progress in building a CIT program. Items tick themselves as you log conversations, meetings and roles; tick the others by hand."
        actions={
          <>
            <Button leftSection={<IconFileTypeDocx size={18} />} onClick={saveReport} loading={saving}>
              Save progress report
            </Button>
            <Button component={Link} href="~/reports" variant="default" leftSection={<IconFileText size={18} />}>
              All reports
            </Button>
          </>
        }
      />
      <Stack gap="lg" maw={960}>
        <Paper withBorder radius="lg" p="lg">
          <Group gap="lg" wrap="nowrap">
            <StepRing step={current} size={96} thickness={10} textSize="lg" />
            <Stack gap={4}>
              <Text fw={600} size="lg">
                {progress.currentStage ? `Current stage: ${progress.currentStage.title}` : 'Every stage is complete'}
              </Text>
              <Text size="sm" c="dimmed">
                You are in {current.title}.{' '}
                {progress.steps.map((s) => `${s.short}: ${s.done} of ${s.applicable} done.`).join(' ')}
              </Text>
            </Stack>
          </Group>
        </Paper>

        <Tabs value={step} onChange={setStep} keepMounted={false}>
          <Tabs.List mb="md">
            {progress.steps.map((s) => (
              <Tabs.Tab key={s.id} value={s.id}>
                {s.title} ({s.done}/{s.applicable})
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {progress.steps.map((s) => (
            <Tabs.Panel key={s.id} value={s.id}>
              <Stack gap="lg">
                <Text c="dimmed">{s.summary}</Text>
                {s.stages.map((stage) => (
                  <StageSection
                    key={stage.id}
                    stage={stage}
                    current={progress.currentStage?.id === stage.id}
                    onMark={setMarking}
                    onClear={setClearing}
                  />
                ))}
              </Stack>
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>

      <MarkItemModal item={marking} onClose={() => setMarking(null)} />
      <ConfirmModal
        opened={clearing !== null}
        title="Clear this mark?"
        message={
          clearing
            ? clearing.derivable
              ? `“${clearing.title}” will go back to what your records show.`
              : `“${clearing.title}” will no longer be ticked. The note on it will be removed.`
            : ''
        }
        confirmLabel="Clear mark"
        onConfirm={() => (clearing ? clearMark(clearing) : Promise.resolve())}
        onClose={() => setClearing(null)}
      />
    </>
  );
}
