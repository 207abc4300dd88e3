import type { MethodInput } from '../../../shared/contract';
import type { SavedFileKind, SavePurpose } from '../../../shared/domain/exchange';
import { fold } from '../../../shared/domain/text';
import { call } from './api';

/** A file name from a pseudonym: letters, digits and dashes only, so every file system accepts it. */
export function fileNameFor(base: string, extension: string): string {
  const safe = fold(base)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${safe || 'dyade'}.${extension}`;
}

/** Ask where to save, then let the core write it. Resolves with the path, or null when cancelled. */
export async function saveThroughCore(
  purpose: SavePurpose,
  suggestedName: string,
  file: { kind: SavedFileKind; caseId: string | null } & ({ text: string } | { base64: string }),
): Promise<string | null> {
  const { token } = await call('dialog.pickSaveFile', { purpose, suggestedName });
  if (!token) return null;
  const input: MethodInput<'reports.save'> = { ...file, file: token };
  return (await call('reports.save', input)).path;
}

/** Base64 of bytes without a spread over a large array (which overflows the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const INLINED_STYLES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
];

/** The rendered map as a standalone SVG document: styles from the stylesheet inlined, focus rings and handles left out. */
export function mapSvgMarkup(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [clone, ...clone.querySelectorAll('*')];
  sources.forEach((source, index) => {
    const target = targets[index];
    if (!(target instanceof SVGElement)) return;
    const computed = getComputedStyle(source);
    const style = INLINED_STYLES.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';');
    target.setAttribute('style', style);
    target.removeAttribute('tabindex');
    target.removeAttribute('class');
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(svg.viewBox.baseVal.width || 800));
  clone.setAttribute('height', String(svg.viewBox.baseVal.height || 800));
  clone.removeAttribute('data-testid');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/** Draw the SVG onto a canvas (a data: URL, allowed by the CSP's img-src) and return PNG bytes. */
export async function svgToPng(markup: string, scale = 2): Promise<Uint8Array> {
  const image = new Image();
  image.src = `data:image/svg+xml;base64,${toBase64(new TextEncoder().encode(markup))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * scale;
  canvas.height = image.naturalHeight * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('no PNG');
  return new Uint8Array(await blob.arrayBuffer());
}
