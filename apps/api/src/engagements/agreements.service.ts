import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AGREEMENT_TEMPLATES, fillTemplate, toDocx, toPdf, type AgreementInput } from '@relais/agreements';
import { type Engagement, type Organization, SignedCopy } from '@relais/database';
import type { Locale } from '@relais/domain';
import type { AuthUser } from '../auth/auth.decorators';
import { ApiError, invalid, notFound } from '../http/api-error';
import { actingSide } from '../proposals/proposals.service';
import { FileStorage } from '../storage/file-storage';
import type { DocumentQuery, SignedCopyQuery } from './engagement.dto';
import { loadPair } from './engagement-terms';
import { EngagementsService, termsComplete } from './engagements.service';

export type FileAnswer = { filename: string; contentType: string; body: Buffer };

const CONTENT_TYPES = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };

const party = (organization: Organization) => ({
  name: organization.name,
  kind: organization.kind,
  country: organization.country,
  city: organization.city,
  siren: organization.siren,
  rna: organization.rna,
  generalInterest: organization.generalInterest,
});

/**
 * The agreement of an engagement: the documents its mechanism needs, drawn up on demand from
 * the current terms (each change of the terms is a new version), and the signed copies each
 * side uploads. Members of the two organizations only, like the engagement itself.
 */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engagements: EngagementsService,
    private readonly storage: FileStorage,
  ) {}

  async document(id: string, user: AuthUser, kind: string, { format, lang }: DocumentQuery): Promise<FileAnswer> {
    const { engagement } = await this.engagements.access(id, user);
    const template = this.template(engagement, kind);
    const filled = fillTemplate(template, await this.inputOf(engagement), lang as Locale);
    const body = format === 'pdf' ? await toPdf(filled) : await toDocx(filled);
    return { filename: `${kind}-v${engagement.termsVersion}-${lang}.${format}`, contentType: CONTENT_TYPES[format], body };
  }

  /** A signed PDF of one document, for the current version of the terms: checked for type and size, kept in the file storage. */
  async upload(id: string, user: AuthUser, query: SignedCopyQuery, body: unknown) {
    const { engagement, sides } = await this.engagements.access(id, user);
    const side = actingSide(sides, query.side, 'uploads');
    if (!Buffer.isBuffer(body) || body.length === 0) throw invalid([{ path: 'file', reason: 'send the signed PDF as the request body (content-type application/pdf)' }]);
    if (body.subarray(0, 5).toString('latin1') !== '%PDF-') throw invalid([{ path: 'file', reason: 'is not a PDF file' }]);
    if (!(engagement.mechanism && AGREEMENT_TEMPLATES[engagement.mechanism].some((template) => template.kind === query.document))) {
      throw invalid([{ path: 'document', reason: 'is not one of the documents of this engagement\'s mechanism' }]);
    }
    if (engagement.status === 'cancelled') throw new ApiError('INVALID_TRANSITION', 'This engagement is cancelled: nothing more can be signed');
    if (query.version !== engagement.termsVersion) {
      throw new ApiError('STALE_VERSION', `The terms changed since version ${query.version}: sign version ${engagement.termsVersion} of the documents`);
    }
    const copyId = randomUUID();
    const storageKey = `engagements/${engagement.id}/${copyId}.pdf`;
    // The file first: a row never names a file that is not there.
    await this.storage.put(storageKey, body);
    await this.dataSource.getRepository(SignedCopy).insert({
      id: copyId,
      engagementId: engagement.id,
      termsVersion: engagement.termsVersion,
      side,
      documentKind: query.document,
      uploadedById: user.userId,
      storageKey,
      size: body.length,
      sha256: createHash('sha256').update(body).digest('hex'),
    });
    return this.view(await this.dataSource.getRepository(SignedCopy).findOneByOrFail({ id: copyId }));
  }

  async signedCopies(id: string, user: AuthUser) {
    await this.engagements.access(id, user);
    const copies = await this.dataSource.getRepository(SignedCopy).find({ where: { engagementId: id }, order: { createdAt: 'DESC' }, take: 100 });
    return { items: copies.map((copy) => this.view(copy)) };
  }

  async signedCopy(id: string, copyId: string, user: AuthUser): Promise<FileAnswer> {
    await this.engagements.access(id, user);
    const copy = await this.dataSource.getRepository(SignedCopy).findOneBy({ id: copyId, engagementId: id });
    if (!copy) throw notFound('Signed copy');
    return { filename: `${copy.documentKind}-v${copy.termsVersion}-signed-${copy.side}.pdf`, contentType: 'application/pdf', body: await this.storage.get(copy.storageKey) };
  }

  private template(engagement: Engagement, kind: string) {
    if (!termsComplete(engagement)) throw new ApiError('TERMS_INCOMPLETE', 'Choose the mechanism, the dates and the effort before drawing up the agreement');
    const templates = AGREEMENT_TEMPLATES[engagement.mechanism!];
    const template = templates.find((candidate) => candidate.kind === kind);
    if (!template) throw invalid([{ path: 'kind', reason: `is not a document of this mechanism (${templates.map((t) => t.kind).join(', ')})` }]);
    return template;
  }

  /** What the documents are filled from: both organizations and the engagement's terms. */
  async inputOf(engagement: Engagement): Promise<AgreementInput> {
    const pair = await loadPair(this.dataSource.manager, engagement);
    return {
      engagementId: engagement.id,
      mechanism: engagement.mechanism!,
      version: engagement.termsVersion,
      host: party(pair.host),
      provider: party(pair.provider),
      need: { title: pair.need.title, country: pair.need.country, city: pair.need.city },
      offer: { title: pair.offer.title },
      startDate: engagement.startDate!,
      endDate: engagement.endDate!,
      effort: { amount: engagement.effortAmount!, unit: engagement.effortUnit },
      people: engagement.people,
      workPlan: engagement.workPlan,
      signatures: { host: engagement.hostSignedAt, provider: engagement.providerSignedAt },
      generatedOn: new Date().toISOString().slice(0, 10),
    };
  }

  private view(copy: SignedCopy) {
    return {
      id: copy.id,
      document: copy.documentKind,
      version: copy.termsVersion,
      side: copy.side,
      size: copy.size,
      sha256: copy.sha256,
      createdAt: copy.createdAt,
    };
  }
}
