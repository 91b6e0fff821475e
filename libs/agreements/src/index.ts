export { AGREEMENT_TEMPLATES } from './templates';
export { costing, fillTemplate, formatDate } from './fill';
export { toDocx } from './docx';
export { toPdf } from './pdf';
export type { AgreementInput, AgreementPerson, AgreementTemplate, FilledDocument } from './model';
