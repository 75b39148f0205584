import { Resvg } from '@resvg/resvg-js';
import { CHART_SIZE } from '../charts/quarterChart';

/**
 * A chart's SVG as a PNG for Word. Word for Windows shows the SVG itself, but older Word,
 * LibreOffice and Google Docs need a picture they can read, so each chart goes in as both.
 * resvg is a self-contained renderer (no browser, no native graphics library to install), and
 * it runs in the main process with the rest of the export. Drawn at twice the printed size so
 * the picture stays sharp on paper.
 */
const SCALE = 2;

export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: CHART_SIZE.width * SCALE },
    // Calibri where it is installed, and Carlito (drawn to Calibri's measures) or a sans-serif elsewhere.
    font: { loadSystemFonts: true, defaultFontFamily: 'Carlito' },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
