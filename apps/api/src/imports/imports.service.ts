import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PostingImport } from '@relais/database';
import type { AuthUser } from '../auth/auth.decorators';
import { invalid, notFound } from '../http/api-error';
import { offsetOf, toPage, type Page, type Pagination } from '../http/pagination';
import { MembershipsService } from '../organizations/memberships.service';
import type { ImportQuery } from './import.dto';
import { PostingImporter, toImportView, type ImportSource, type ImportView } from './posting-importer';

/** Bulk imports for the members of an organization; the work itself is PostingImporter's (shared with `npm run import`). */
@Injectable()
export class ImportsService {
  private readonly importer: PostingImporter;

  constructor(
    private readonly memberships: MembershipsService,
    private readonly dataSource: DataSource,
  ) {
    this.importer = new PostingImporter(dataSource);
  }

  async create(organizationId: string, user: AuthUser, query: ImportQuery, contentType: string | undefined, body: unknown): Promise<ImportView> {
    await this.memberships.require(organizationId, user, 'any');
    return this.importer.run({ organizationId, userId: user.userId, ...query, source: sourceOf(contentType, body) });
  }

  async list(organizationId: string, user: AuthUser, query: Pagination): Promise<Page<ImportView>> {
    await this.memberships.require(organizationId, user, 'any');
    const [rows, total] = await this.dataSource.getRepository(PostingImport).findAndCount({
      where: { organizationId },
      order: { createdAt: 'DESC', id: 'ASC' },
      ...offsetOf(query),
    });
    const matched = await this.importer.matchedCounts(rows);
    return toPage(rows.map((row) => toImportView(row, matched.get(row.id) ?? 0)), total, query);
  }

  async get(organizationId: string, id: string, user: AuthUser): Promise<ImportView> {
    await this.memberships.require(organizationId, user, 'any');
    const found = await this.importer.find(organizationId, id);
    if (!found) throw notFound('Import');
    return found;
  }
}

/** The body as parsed by its content type: CSV text (see create-app) or a JSON array. */
function sourceOf(contentType: string | undefined, body: unknown): ImportSource {
  const type = contentType?.split(';')[0].trim().toLowerCase();
  if (type === 'text/csv' && typeof body === 'string') return { format: 'csv', text: body };
  if (type === 'application/json' && body !== undefined) return { format: 'json', rows: body };
  throw invalid([{ path: '(root)', reason: 'send the file as the request body, as text/csv or application/json' }]);
}
