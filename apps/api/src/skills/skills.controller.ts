import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { LOCALES } from '@relais/domain';
import { Public } from '../auth/auth.decorators';
import { pickLocale } from '../http/locale';
import { paginationQuery } from '../http/pagination';
import { idParam } from '../http/validation';
import { SkillsService } from './skills.service';

const searchQuery = paginationQuery
  .extend({
    q: z.string().trim().min(2, 'must be at least 2 characters long').max(100),
    lang: z.enum(LOCALES).optional(),
    pageSize: z.coerce.number().int().min(1).max(100).default(10),
  })
  .strict();
type SearchQuery = z.infer<typeof searchQuery>;

const langQuery = z.object({ lang: z.enum(LOCALES).optional() }).strict();

const extractBody = z
  .object({
    /** A need's or an offer's title and description, in French or English. */
    text: z.string().trim().min(3).max(10_000),
    lang: z.enum(LOCALES).optional(),
    limit: z.number().int().min(1).max(30).default(10),
  })
  .strict();
type ExtractBody = z.infer<typeof extractBody>;

@ApiTags('skills')
@Controller('skills')
export class SkillsController {
  constructor(private readonly skills: SkillsService) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Skills autocomplete in French and English (anyone)' })
  search(@Query({ schema: searchQuery }) query: SearchQuery, @Headers('accept-language') acceptLanguage?: string) {
    return this.skills.search(query.q, pickLocale(query.lang, acceptLanguage), query);
  }

  @Public()
  @Post('extract')
  @HttpCode(200)
  @ApiOperation({ summary: 'Propose catalog skills from free text (French or English), with confidence and triggering words (anyone)' })
  extract(@Body({ schema: extractBody }) body: ExtractBody, @Headers('accept-language') acceptLanguage?: string) {
    return this.skills.extract(body.text, pickLocale(body.lang, acceptLanguage), body.limit);
  }

  @Public()
  @Get(':id')
  @ApiOperation({ summary: 'One skill with its labels (anyone)' })
  get(
    @Param({ schema: idParam }) { id }: { id: string },
    @Query({ schema: langQuery }) { lang }: z.infer<typeof langQuery>,
    @Headers('accept-language') acceptLanguage?: string,
  ) {
    return this.skills.get(id, pickLocale(lang, acceptLanguage));
  }
}
