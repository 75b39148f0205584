/**
 * Stands in for @resvg/resvg-js in the window's bundle. Word files are built in the main process,
 * which draws their pictures (charts, the upside-down half of a name tent) with resvg's native
 * module; the window only reaches those builders through a feature's index and never calls them,
 * and a native module cannot be bundled for a browser.
 */
export class Resvg {
  constructor() {
    throw new Error('Pictures for Word files are drawn by the app, not in the window.');
  }
}
