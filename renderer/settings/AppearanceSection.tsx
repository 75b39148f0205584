import { Paper, SegmentedControl, Stack, Text, Title, useMantineColorScheme } from '@mantine/core';
import type { MantineColorScheme } from '@mantine/core';

const CHOICES: { value: MantineColorScheme; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'auto', label: 'Follow the computer' },
];

function isChoice(value: string): value is MantineColorScheme {
  return CHOICES.some((choice) => choice.value === value);
}

/**
 * Light, dark, or whatever the computer is set to. This belongs to the person at this computer,
 * not to the coalition, so it is kept by the window (Mantine remembers it in local storage) and
 * never written into the shared file.
 */
export function AppearanceSection() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Paper withBorder radius="lg" p="xl" component="section" aria-labelledby="settings-appearance">
      <Stack gap="sm">
        <Title order={2} id="settings-appearance">
          Appearance
        </Title>
        <Text size="sm" c="dimmed" id="settings-appearance-hint">
          Only this computer changes; others who open the coalition keep their own choice.
        </Text>
        <SegmentedControl
          aria-labelledby="settings-appearance"
          aria-describedby="settings-appearance-hint"
          data={CHOICES}
          value={colorScheme}
          onChange={(value) => {
            if (isChoice(value)) setColorScheme(value);
          }}
          maw={460}
        />
      </Stack>
    </Paper>
  );
}
