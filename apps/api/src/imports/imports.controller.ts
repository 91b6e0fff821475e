import { Controller, Get, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentUser, type AuthUser } from '../auth/auth.decorators';
import type { Pagination } from '../http/pagination';
import { idParam } from '../http/validation';
import { importParam, importQuery, importsQuery, type ImportQuery } from './import.dto';
import { MAX_IMPORT_ROWS } from './import-rows';
import { ImportsService } from './imports.service';

const CSV_EXAMPLE = 'title;description;skills;languages;effortDays;availableFrom;workModes;mechanisms\n' +
  '"Comptable senior";"Expert-comptable, dix ans auprès de coopératives d\'Afrique de l\'Ouest";880c54f9-866e-4f37-b5fa-25ef8a7d49b6;fr|en;20;2027-01-15;remote|hybrid;skills_sponsorship';

@ApiTags('imports')
@ApiBearerAuth()
@Controller('organizations/:id/imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @ApiOperation({
    summary: `Import up to ${MAX_IMPORT_ROWS} needs or offers at once (members of the organization)`,
    description:
      'The body is the file: text/csv (a header row naming the fields of POST /organizations/{id}/needs or offers; `;`, `,` or tab between cells; ' +
      'lists as `a|b` or `a;b` in a cell; an empty cell leaves the field out) or application/json (an array of those bodies), at most UPLOAD_LIMIT_BYTES (413 beyond). ' +
      'Problems name the row: `lines.12.title` (CSV: the line of the file, the header being line 1) or `rows.3.title` (JSON: the place in the array, from 1). ' +
      'mode=all: any invalid row → 400 VALIDATION_FAILED listing the first 200 problems, nothing written. mode=valid: the valid rows are imported and `refused` lists the others. ' +
      'Published postings are matched in the background; GET the import to follow `matched` of `importedCount`.',
  })
  @ApiConsumes('text/csv', 'application/json')
  @ApiQuery({ name: 'kind', enum: ['needs', 'offers'] })
  @ApiQuery({ name: 'mode', enum: ['all', 'valid'], required: false })
  @ApiQuery({ name: 'publish', enum: ['true', 'false'], required: false })
  @ApiBody({ description: 'The CSV or JSON file', schema: { type: 'string', example: CSV_EXAMPLE } })
  create(
    @Param({ schema: idParam }) { id }: { id: string },
    @CurrentUser() user: AuthUser,
    @Query({ schema: importQuery }) query: ImportQuery,
    @Req() request: FastifyRequest,
  ) {
    return this.imports.create(id, user, query, request.headers['content-type'], request.body);
  }

  @Get()
  @ApiOperation({ summary: "The organization's imports, newest first, each with `matched` of `importedCount` (members of the organization)" })
  list(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser, @Query({ schema: importsQuery }) query: Pagination) {
    return this.imports.list(id, user, query);
  }

  @Get(':importId')
  @ApiOperation({ summary: 'One import: its counts, the rows refused with their problems, and how many of its postings are matched so far (members of the organization)' })
  get(@Param({ schema: importParam }) { id, importId }: { id: string; importId: string }, @CurrentUser() user: AuthUser) {
    return this.imports.get(id, importId, user);
  }
}
