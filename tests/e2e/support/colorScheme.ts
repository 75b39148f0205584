import type { Page } from 'playwright-core';

/**
 * Switches the system's light/dark setting and waits until the app has followed it (Mantine
 * listens to the media query and updates a moment later), so a check or a screenshot taken next
 * sees the scheme it asked for.
 */
export async function setColorScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.waitForFunction((want) => document.documentElement.dataset.mantineColorScheme === want, scheme, {
    timeout: 10_000,
  });
}
