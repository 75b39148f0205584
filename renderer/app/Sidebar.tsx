import { AppShell, Divider, NavLink, ScrollArea, Text } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { Link, useLocation } from 'wouter';
import { useWorkspaceSelector } from '../workspace/WorkspaceProvider';
import { AREAS } from './areas';

/** Whether `path` is the current area, or an area the current page lies inside (#/meetings/123). */
export function isCurrentArea(path: string, location: string): boolean {
  if (path === '/') return location === '/';
  return location === path || location.startsWith(`${path}/`);
}

/** The areas, one link each, and the coalition's settings and file at the foot. */
export function Sidebar({ onNavigate }: { onNavigate(): void }) {
  const [location] = useLocation();
  const fileName = useWorkspaceSelector((snapshot) => snapshot.view?.fileName);
  const filePath = useWorkspaceSelector((snapshot) => snapshot.view?.filePath);

  return (
    <>
      <AppShell.Section grow component={ScrollArea} type="scroll">
        {AREAS.filter((area) => area.inSidebar).map((area) => {
          const active = isCurrentArea(area.path, location);
          return (
            <NavLink
              key={area.path}
              component={Link}
              href={area.path}
              label={area.label}
              leftSection={<area.icon size={19} stroke={1.6} />}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
              variant="light"
              mb={2}
              styles={{
                root: { borderRadius: 'var(--mantine-radius-md)' },
                label: { fontSize: 'var(--mantine-font-size-sm)' },
              }}
            />
          );
        })}
      </AppShell.Section>
      <AppShell.Section>
        <Divider my="sm" />
        <NavLink
          component={Link}
          href="/settings"
          label="Coalition settings"
          leftSection={<IconSettings size={19} stroke={1.6} />}
          active={isCurrentArea('/settings', location)}
          aria-current={isCurrentArea('/settings', location) ? 'page' : undefined}
          onClick={onNavigate}
          variant="light"
          styles={{
            root: { borderRadius: 'var(--mantine-radius-md)' },
            label: { fontSize: 'var(--mantine-font-size-sm)' },
          }}
        />
        {fileName ? (
          <Text size="xs" c="dimmed" px="sm" pt="xs" truncate title={filePath}>
            File: {fileName}
          </Text>
        ) : null}
      </AppShell.Section>
    </>
  );
}
