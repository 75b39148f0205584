import {
  Container,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconFolderOpen, IconHeartHandshake, IconSparkles, IconUserPlus } from '@tabler/icons-react';
import { useEffect, useState, type ComponentType } from 'react';
import type { AppInfo } from '../../src/api/workspaceMethods';
import { call } from '../api/client';
import { useAppControls } from '../app/AppControls';
import { JoinCoalitionModal } from '../sync/JoinCoalitionModal';
import { CreateCoalitionForm } from './CreateCoalitionForm';
import { RecentList } from './RecentList';
import classes from './Welcome.module.css';

/**
 * The first thing a person sees when no coalition is open: what the app is for, a form to start
 * a coalition, and the ways to open one (a file, a recent one, or the sample to explore).
 */
export function WelcomeScreen() {
  const controls = useAppControls();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [joining, setJoining] = useState(false);

  useEffect(() => {
    let stale = false;
    call('getAppInfo')
      .then((next) => !stale && setInfo(next))
      .catch(() => !stale && setInfo({ version: '', recent: [] }));
    return () => {
      stale = true;
    };
  }, [controls.recentVersion]);

  const busy = controls.busy !== null;

  return (
    <div className={classes.page}>
      <Container size={980} py={56} px="lg" component="main">
        <Stack gap={40}>
          <Group gap="lg" wrap="nowrap" align="center">
            <ThemeIcon size={64} radius="xl" variant="filled" aria-hidden>
              <IconHeartHandshake size={36} stroke={1.5} />
            </ThemeIcon>
            <Stack gap={6}>
              <Title order={1} fz={30}>
                CIT Coalition Organizer
              </Title>
              <Text c="dimmed" maw={640}>
                For the people building a Crisis Intervention Team program in their community: keep track of the
                partners you reach, the meetings you hold, and the work your coalition agrees to do.
              </Text>
            </Stack>
          </Group>

          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" style={{ alignItems: 'start' }}>
            <Paper withBorder radius="lg" p="xl" shadow="xs" component="section" aria-labelledby="welcome-new">
              <Stack gap="xs" mb="lg">
                <Title order={2} id="welcome-new">
                  Start a new coalition
                </Title>
                <Text size="sm" c="dimmed">
                  One file holds one coalition: its people, conversations, meetings and agreements.
                </Text>
              </Stack>
              <CreateCoalitionForm onCreate={controls.createCoalition} focusRequest={controls.newCoalitionRequest} />
            </Paper>

            <Stack gap="xl">
              <Paper withBorder radius="lg" p="xl" shadow="xs" component="section" aria-labelledby="welcome-open">
                <Title order={2} id="welcome-open" mb="md">
                  Open a coalition
                </Title>
                <Stack gap="sm">
                  {[
                    {
                      job: 'open',
                      icon: IconFolderOpen,
                      title: 'Open a coalition file…',
                      text: 'A .cit.json file made with this app, on this computer or a shared drive.',
                      run: controls.openFile,
                    },
                    {
                      job: 'sample',
                      icon: IconSparkles,
                      title: 'Explore the sample coalition',
                      text: 'A made-up county coalition to try things out. You get your own copy; the sample stays as it is.',
                      run: controls.openSample,
                    },
                    {
                      job: 'join',
                      icon: IconUserPlus,
                      title: 'Join a coalition…',
                      text: 'Your chair sent you an invitation: sign in with your own account and get your own copy, shared with the others.',
                      run: async () => setJoining(true),
                    },
                  ].map(({ job, run, ...choice }) => (
                    <Choice
                      key={job}
                      {...choice}
                      loading={controls.busy === job}
                      disabled={busy}
                      onClick={() => void run()}
                    />
                  ))}
                </Stack>
              </Paper>

              {info && info.recent.length > 0 ? (
                <Paper withBorder radius="lg" p="xl" shadow="xs" component="section" aria-labelledby="welcome-recent">
                  <Title order={2} id="welcome-recent" mb="sm">
                    Recent coalitions
                  </Title>
                  <RecentList
                    recent={info.recent}
                    disabled={busy}
                    onOpen={(path) => void controls.openRecent(path)}
                    onForget={(path) => void controls.forgetRecent(path)}
                  />
                </Paper>
              ) : null}
            </Stack>
          </SimpleGrid>

          <JoinCoalitionModal opened={joining} onClose={() => setJoining(false)} />

          <Text size="xs" c="dimmed" ta="center">
            Your coalition is kept in a file on this computer, saved as you work, with backups beside it. Nothing is
            sent anywhere unless you share it with your committee.
            {info?.version ? ` Version ${info.version}.` : ''}
          </Text>
        </Stack>
      </Container>
    </div>
  );
}

function Choice({
  icon: Icon,
  title,
  text,
  loading,
  disabled,
  onClick,
}: {
  icon: ComponentType<{ size?: number; stroke?: number }>;
  title: string;
  text: string;
  loading: boolean;
  disabled: boolean;
  onClick(): void;
}) {
  return (
    <UnstyledButton className={classes.choice} onClick={onClick} disabled={disabled} aria-busy={loading || undefined}>
      <Group gap="md" wrap="nowrap" align="flex-start">
        <ThemeIcon size={40} radius="md" variant="light" className={classes.choiceIcon} aria-hidden>
          {loading ? <Loader size={18} /> : <Icon size={22} stroke={1.6} />}
        </ThemeIcon>
        <div>
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed">
            {text}
          </Text>
        </div>
      </Group>
    </UnstyledButton>
  );
}
