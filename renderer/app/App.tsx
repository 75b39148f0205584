import { Center, Loader } from '@mantine/core';
import { OpeningScreen } from './OpeningScreen';
import { useEffect } from 'react';
import { useWorkspaceSelector } from '../workspace/WorkspaceProvider';
import { WelcomeScreen } from '../welcome/WelcomeScreen';
import { AppControlsProvider } from './AppControls';
import { Shell } from './Shell';
import { useMenuActions } from './useMenuActions';

/** The welcome screen when no coalition is open, the shell when one is. */
export function App() {
  return (
    <AppControlsProvider>
      <Screens />
    </AppControlsProvider>
  );
}

function Screens() {
  // Only what decides the screen: a change inside the workspace does not draw the shell again.
  const opening = useWorkspaceSelector((snapshot) => snapshot.opening);
  const loading = useWorkspaceSelector((snapshot) => snapshot.loading);
  const open = useWorkspaceSelector((snapshot) => snapshot.view !== null);
  const partlyRead = useWorkspaceSelector((snapshot) => snapshot.view?.loaded != null);
  useMenuActions();
  const state = opening ? 'opening' : loading ? 'loading' : open ? 'shell' : 'welcome';

  useEffect(() => {
    // For tests and for styling: which screen is showing.
    document.documentElement.dataset.appState = state;
    if (state === 'welcome') document.title = 'CIT Coalition Organizer';
  }, [state]);

  useEffect(() => {
    // For the benchmark and tests: whether the rest of a large workspace is still being read.
    document.documentElement.dataset.documentRead = partlyRead ? 'part' : 'whole';
  }, [partlyRead]);

  if (opening) return <OpeningScreen opening={opening} />;
  if (state === 'loading') {
    return (
      <Center h="100vh">
        <Loader aria-label="Opening" />
      </Center>
    );
  }
  return state === 'shell' ? <Shell /> : <WelcomeScreen />;
}
