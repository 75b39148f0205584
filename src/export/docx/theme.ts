/**
 * The look shared by every Word export: one typeface, a restrained navy accent, and page
 * measures in twentieths of a point (DXA), which Word, LibreOffice and Google Docs all honour.
 */
export const THEME = {
  font: 'Calibri',
  headingFont: 'Cambria',
  accent: '1F3A5F',
  muted: '5F6B7A',
  rule: 'B8C2CC',
  headerFill: 'E8EDF3',
  /** Font sizes in half-points. */
  size: { body: 21, small: 17, h1: 36, h2: 27, h3: 23, letterhead: 30 },
} as const;

/** A US Letter page with one-inch margins, in DXA (1 inch = 1440). */
export const PAGE = {
  width: 12_240,
  height: 15_840,
  margin: 1_080,
  get contentWidth() {
    return this.width - 2 * this.margin;
  },
  get landscapeContentWidth() {
    return this.height - 2 * this.margin;
  },
} as const;
