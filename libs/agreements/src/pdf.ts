import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { FilledBlock, FilledDocument } from './model';

/**
 * Fonts: DejaVu Sans when the system has it (Debian's fonts-dejavu-core: Latin, Greek, Cyrillic
 * and more, so that partners' names print as written), else PDF's built-in Helvetica, whose
 * encoding (WinAnsi) covers French; characters outside it are then replaced by "?".
 */
const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const embedded = existsSync(`${DEJAVU}/DejaVuSans.ttf`) && existsSync(`${DEJAVU}/DejaVuSans-Bold.ttf`);
const FONTS = embedded
  ? { regular: `${DEJAVU}/DejaVuSans.ttf`, bold: `${DEJAVU}/DejaVuSans-Bold.ttf`, italic: `${DEJAVU}/DejaVuSans-Oblique.ttf` }
  : { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };

const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const printable = (text: string) =>
  embedded
    ? text
    : text
        .replace(/[\u202f\u2009]/g, '\u00a0')
        .replace(/≤/g, '<=')
        .replace(/≥/g, '>=')
        .replace(/[^\u0020-\u007e\u00a0-\u00ff]/gu, (char) => (WIN_ANSI_EXTRA.includes(char) ? char : '?'));

function block(doc: PDFKit.PDFDocument, item: FilledBlock): void {
  switch (item.kind) {
    case 'heading':
      doc.moveDown(0.8).font(FONTS.bold).fontSize(12).text(printable(item.text)).moveDown(0.3);
      return;
    case 'paragraph':
      doc.font(FONTS.regular).fontSize(10).text(printable(item.text), { align: 'justify' }).moveDown(0.4);
      return;
    case 'list':
      doc.font(FONTS.regular).fontSize(10).list(item.items.map(printable), { bulletRadius: 1.5, textIndent: 10 }).moveDown(0.4);
      return;
    case 'table':
      doc.font(FONTS.regular).fontSize(9);
      doc.table({
        data: [item.header.map((text) => ({ text: printable(text), font: { src: FONTS.bold } })), ...item.rows.map((row) => row.map(printable))],
        defaultStyle: { border: 0.5, padding: [3, 4, 3, 4] },
      });
      doc.moveDown(0.6);
      return;
    case 'signatures':
      for (const signature of item.signatures) {
        if (doc.y > doc.page.height - 140) doc.addPage();
        doc.moveDown(0.8).font(FONTS.bold).fontSize(10).text(printable(`${signature.party} – ${signature.name}`));
        doc.font(FONTS.regular).text(printable(signature.signed)).moveDown(2);
      }
      return;
  }
}

/** The document as PDF, to sign: laid out with pdfkit (pure JavaScript, no office suite or browser). */
export function toPdf(document: FilledDocument): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, lang: document.locale, info: { Title: document.title, Creator: 'Relais' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(FONTS.bold).fontSize(16).text(printable(document.title), { align: 'center' });
  doc.font(FONTS.italic).fontSize(9).text(printable(document.subtitle), { align: 'center' }).moveDown(1);
  for (const item of document.blocks) block(doc, item);
  doc.end();
  return done;
}
