import { strFromU8, unzipSync } from 'fflate';

/** The text of a PDF, as a reader's copy-paste would give it (pdf.js through unpdf), spaces folded and words cut at a hyphen by a line end joined. */
export async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return foldSpaces(text.replace(/(\p{L})-\n(\p{L})/gu, '$1-$2'));
}

/** The text of a DOCX: its main part's XML without the tags, spaces folded. */
export function docxText(docx: Buffer | Uint8Array): string {
  return foldSpaces(strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']).replace(/<[^>]+>/g, ' '));
}

/** Any run of white space (including the no-break spaces of French figures) as one space. */
export const foldSpaces = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');
