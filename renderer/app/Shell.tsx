import { AppShell, Container } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { CopyNotSharedNotice } from '../sync/CopyNotSharedNotice';
import { OutsideChangeNotice } from '../workspace/OutsideChangeNotice';
import { ReadOnlyBanner } from '../workspace/ReadOnlyBanner';
import { WorkspaceDialogs } from '../workspace/WorkspaceDialogs';
import { useWorkspaceSelector } from '../workspace/WorkspaceProvider';
import { AreaRoutes } from './AreaRoutes';
import { Header } from './Header';
import { Sidebar } from './Sidebar';
import classes from './Shell.module.css';

/** The frame around an open coalition: header, the areas in a sidebar, and the current page. */
export function Shell() {
  const [navOpened, nav] = useDisclosure(false);
  const name = useWorkspaceSelector((snapshot) => snapshot.view?.doc.coalition.name);

  useEffect(() => {
    document.title = name ? `${name} – CIT Coalition Organizer` : 'CIT Coalition Organizer';
  }, [name]);

  return (
    <>
      <a
        href="#main-content"
        className={classes.skipLink}
        onClick={(event) => {
          // A plain #anchor would change the hash route; move focus instead.
          event.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        Skip to the page
      </a>
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="xl"
      >
        <AppShell.Header>
          <Header navOpened={navOpened} onToggleNav={nav.toggle} />
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label="Areas">
          <Sidebar onNavigate={nav.close} />
        </AppShell.Navbar>
        <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
          <Container size="lg" px={0}>
            <ReadOnlyBanner />
            <OutsideChangeNotice />
            <CopyNotSharedNotice />
            <AreaRoutes />
          </Container>
        </AppShell.Main>
      </AppShell>
      <WorkspaceDialogs />
    </>
  );
}
