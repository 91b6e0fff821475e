import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { LOCALES } from '@relais/domain';
import {
  advise,
  advisorQuestionnaire,
  internshipGratification,
  KNOWN_YEARS,
  mechanism,
  mechanismCatalog,
  skillsSponsorship,
  volunteerExpenses,
  type AdvisorAnswers,
  type SkillsSponsorshipInput,
  type VolunteerExpensesInput,
} from '@relais/toolbox';
import { Public } from '../auth/auth.decorators';
import { notFound } from '../http/api-error';
import { pickLocale } from '../http/locale';

const langQuery = z
  .object({
    lang: z.enum(LOCALES).optional(),
    year: z.coerce.number().int().refine((y) => KNOWN_YEARS.includes(y), { message: `must be one of ${KNOWN_YEARS.join(', ')}` }).optional(),
  })
  .strict();
type LangQuery = z.infer<typeof langQuery>;
const langOnlyQuery = langQuery.pick({ lang: true }).strict();

/**
 * The toolbox checks its own inputs field by field (ToolboxInputError → 400 naming the field);
 * here a body only has to be a JSON object.
 */
const jsonObject = z.record(z.string(), z.unknown());

const internshipBody = z.object({ hours: z.number(), year: z.number().int() }).strict();

/** Legal mechanisms, the advisor and the calculators: public information, no account needed. */
@ApiTags('toolbox')
@Controller('toolbox')
export class ToolboxController {
  @Public()
  @Get('mechanisms')
  @ApiOperation({ summary: 'Every mechanism that can carry an engagement, in French or English (anyone)' })
  list(@Query({ schema: langQuery }) { lang, year }: LangQuery, @Headers('accept-language') acceptLanguage?: string) {
    return { items: mechanismCatalog(pickLocale(lang, acceptLanguage), year) };
  }

  @Public()
  @Get('mechanisms/:code')
  @ApiOperation({ summary: 'One mechanism: who, conditions, steps, documents, fiscal effect, sources (anyone)' })
  get(
    @Param('code') code: string,
    @Query({ schema: langQuery }) { lang, year }: LangQuery,
    @Headers('accept-language') acceptLanguage?: string,
  ) {
    const sheet = mechanism(code, pickLocale(lang, acceptLanguage), year);
    if (!sheet) throw notFound('Mechanism');
    return sheet;
  }

  @Public()
  @Get('advisor/questions')
  @ApiOperation({
    summary: "The advisor's questions in order, with their possible answers and when each is worth asking (anyone)",
    description:
      'Each question fills the answer named by its id (or, for `duration`, the field of the unit chosen). '
      + 'A question with `askIf` is asked only when every condition holds for the answers so far; an unanswered condition field keeps it. '
      + '"I don\'t know" is always possible: leave the answer out of POST /toolbox/advisor.',
  })
  questions(@Query({ schema: langOnlyQuery }) { lang }: Pick<LangQuery, 'lang'>, @Headers('accept-language') acceptLanguage?: string) {
    return { items: advisorQuestionnaire(pickLocale(lang, acceptLanguage)) };
  }

  @Public()
  @Post('advisor')
  @HttpCode(200)
  @ApiOperation({ summary: 'Which mechanisms fit, from a few answers; unknown answers give "unknown" (anyone)' })
  advise(
    @Body({ schema: jsonObject }) answers: Record<string, unknown>,
    @Query({ schema: langQuery }) { lang }: LangQuery,
    @Headers('accept-language') acceptLanguage?: string,
  ) {
    return { items: advise(answers as AdvisorAnswers, pickLocale(lang, acceptLanguage)) };
  }

  @Public()
  @Post('calculators/skills-sponsorship')
  @HttpCode(200)
  @ApiOperation({ summary: 'Value of the time lent, ceiling, tax reduction, carry-forward and net cost, with the formula steps (anyone)' })
  skillsSponsorship(@Body({ schema: jsonObject }) input: Record<string, unknown>) {
    return skillsSponsorship(input as SkillsSponsorshipInput);
  }

  @Public()
  @Post('calculators/internship-gratification')
  @HttpCode(200)
  @ApiOperation({ summary: 'Gratification due for an internship of so many hours, and whether it is mandatory (anyone)' })
  internship(@Body({ schema: internshipBody }) { hours, year }: z.infer<typeof internshipBody>) {
    return internshipGratification(hours, year);
  }

  @Public()
  @Post('calculators/volunteer-expenses')
  @HttpCode(200)
  @ApiOperation({ summary: "Income-tax reduction for a volunteer's abandoned expenses (anyone)" })
  volunteerExpenses(@Body({ schema: jsonObject }) input: Record<string, unknown>) {
    return volunteerExpenses(input as VolunteerExpensesInput);
  }
}
