import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * The app's look: a calm blue-teal, system fonts (nothing is downloaded: the CSP allows fonts
 * only from the app itself), and softer corners. Shades are chosen so text on the primary
 * colour, and the primary colour as text, meet WCAG AA contrast in light and dark.
 */
const harbor: MantineColorsTuple = [
  '#e8f4f8',
  '#d2e6ee',
  '#a2ccdc',
  '#6fb0c9',
  '#4699b9',
  '#2d8aaf',
  '#1c82ab',
  '#0a7096',
  '#006487',
  '#005677',
];

export const theme = createTheme({
  primaryColor: 'harbor',
  colors: { harbor },
  primaryShade: { light: 7, dark: 8 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: {
    fontWeight: '650',
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.3' },
      h2: { fontSize: '1.3rem', lineHeight: '1.35' },
      h3: { fontSize: '1.1rem', lineHeight: '1.4' },
    },
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
  // People who ask their computer for less motion get no sliding or fading (it also means a
  // message is never checked or read while still half transparent).
  respectReducedMotion: true,
  components: {
    Tooltip: { defaultProps: { openDelay: 300, withArrow: true } },
    // Mantine's close buttons are icons without a name; every one gets "Close" here, for all screens.
    Modal: {
      defaultProps: {
        centered: true,
        overlayProps: { backgroundOpacity: 0.45, blur: 2 },
        closeButtonProps: { 'aria-label': 'Close' },
      },
    },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Close this message' } },
      // Under a title, Mantine greys the message to 3.3:1; the app's secondary grey reads at 4.5:1 or better.
      styles: (_theme: unknown, props: { title?: unknown }) =>
        props.title ? { description: { color: 'var(--mantine-color-dimmed)' } } : {},
    },
  },
});

/**
 * Mantine's "dimmed" grey is too faint to read comfortably (about 3.3:1 on white); secondary
 * text here is darker in light mode and lighter in dark mode, at 4.5:1 or better, and links in
 * dark mode use a lighter shade of the primary colour. Light orange buttons, badges and alerts
 * get darker text for the same reason.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    // Orange text on its own light tint (a warning's title, an "Empty" badge) is 3.6:1 with
    // Mantine's darkest orange; this burnt orange reads at 7:1 and is still plainly orange.
    '--mantine-color-orange-light-color': '#a33c06',
    // Yellow on its light tint (a notice's title: "This copy is not shared") is 2.7:1; this
    // dark amber reads at 6.4:1.
    '--mantine-color-yellow-light-color': '#7a4f00',
    // Teal on its light tint (a small "approved" badge) is 4.3:1; one step darker reads at 6:1.
    '--mantine-color-teal-light-color': '#066649',
  },
  dark: {
    '--mantine-color-dimmed': t.colors.dark[1],
    '--mantine-color-anchor': t.colors.harbor?.[3] ?? t.colors.blue[3],
  },
});
