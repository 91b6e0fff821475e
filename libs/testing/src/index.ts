export { freePort } from './free-port';
export { startLocalStack, type LocalStack } from './local-stack';
export { docxText, foldSpaces, pdfText } from './document-text';
