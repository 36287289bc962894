// Draws the Marketplace icon (media/minutes.png, 128×128) from the view icon media/minutes.svg: the same strokes in
// white on a rounded square of the gallery banner's colour. `npm run icon` after changing either; a unit test checks
// that the committed PNG is what this draws.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..');
export const ICON_SIZE = 128;

export function drawIcon(): Buffer {
  const glyph = readFileSync(path.join(root, 'media/minutes.svg'), 'utf8');
  const banner = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { galleryBanner: { color: string } }).galleryBanner.color;
  // The glyph's own <svg> (24×24 units) placed in the middle 96 pixels, its width and height replaced.
  const white = glyph
    .replace(/currentColor/g, '#ffffff')
    .replace(/<svg\b[^>]*>/, (open) => open.replace(/\s(width|height)="[^"]*"/g, '').replace('<svg', '<svg x="16" y="16" width="96" height="96"'));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${ICON_SIZE}" height="${ICON_SIZE}" viewBox="0 0 ${ICON_SIZE} ${ICON_SIZE}"><rect width="${ICON_SIZE}" height="${ICON_SIZE}" rx="24" fill="${banner}"/>${white}</svg>`;
  return new Resvg(svg, { fitTo: { mode: 'width', value: ICON_SIZE }, font: { loadSystemFonts: false } }).render().asPng();
}

if (require.main === module) {
  writeFileSync(path.join(root, 'media/minutes.png'), drawIcon());
  console.log(`media/minutes.png: ${ICON_SIZE}×${ICON_SIZE}`);
}
