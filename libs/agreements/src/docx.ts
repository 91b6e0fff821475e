import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { FilledBlock, FilledDocument } from './model';

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

function table(header: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((text) => cell(text, true)) }), ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) }))],
  });
}

function blockChildren(block: FilledBlock): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 120 }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun(block.text)] })];
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 80 }, children: [new TextRun(item)] }));
    case 'table':
      return [table(block.header, block.rows), new Paragraph({ text: '' })];
    case 'signatures':
      return block.signatures.flatMap((signature) => [
        new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: `${signature.party} – ${signature.name}`, bold: true })] }),
        new Paragraph({ spacing: { after: 480 }, children: [new TextRun(signature.signed)] }),
      ]);
  }
}

/** The document as DOCX, for the parties to edit before they sign. */
export async function toDocx(document: FilledDocument): Promise<Buffer> {
  const doc = new Document({
    creator: 'Relais',
    title: document.title,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(document.title)] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: document.subtitle, italics: true })] }),
          ...document.blocks.flatMap(blockChildren),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
