import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { App } from './app/App';
import { firstFieldsOfAddress } from './app/firstFields';
import { cssVariablesResolver, theme } from './theme';
import { WorkspaceProvider } from './workspace/WorkspaceProvider';

/**
 * Light or dark follows the computer's setting ('auto') until the person picks one in Coalition
 * settings; Mantine remembers that choice in this window's local storage. Routes live in the hash (#/meetings) so
 * the page works loaded from a file, as the desktop app loads it.
 */
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={cssVariablesResolver}>
      {/* Bottom right: at the top they sat over the header's Undo, Redo and menu and over a
          drawer's name and close button, catching the clicks meant for them for seconds. */}
      <Notifications position="bottom-right" limit={4} />
      <Router hook={useHashLocation}>
        <WorkspaceProvider firstFields={firstFieldsOfAddress}>
          <App />
        </WorkspaceProvider>
      </Router>
    </MantineProvider>
  </StrictMode>,
);
