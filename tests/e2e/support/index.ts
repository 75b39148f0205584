/** Everything a browser test needs: see app.ts for startApp, axe.ts, screenshot.ts and build.ts. */
export { startApp, type RunningApp, type StartAppOptions } from './app';
export { launchBrowser, CHROMIUM_ARGS } from './browser';
export { checkAccessibility, type AxeFinding } from './axe';
export { screenshot, SCREENS_DIR } from './screenshot';
export { ensureRendererBuilt, RENDERER_OUT } from './build';
export { setColorScheme } from './colorScheme';
export { coalitionDay } from './days';
