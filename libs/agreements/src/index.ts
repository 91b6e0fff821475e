export { AGREEMENT_TEMPLATES } from './templates';
export { costing, fillTemplate, formatDate } from './fill';
export { toDocx } from './docx';
export { toPdf } from './pdf';
export type { AgreementInput, AgreementPerson, AgreementTemplate, FilledDocument } from './model';
export { receiptSummary, type ApprovedTime } from './receipt-summary';
export { amountInWords } from './amount-in-words';
