import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentUser, type AuthUser } from '../auth/auth.decorators';
import { idParam } from '../http/validation';
import { paginationQuery, type Pagination } from '../http/pagination';
import { AgreementsService, type FileAnswer } from './agreements.service';
import {
  documentQuery, engagementActionBody, engagementsQuery, evaluationBody, noteBody, signedCopyQuery, timeDecisionBody, timeEntryBody, updateEngagementBody,
  type DocumentQuery, type EngagementActionBody, type EngagementsQuery, type EvaluationBody, type NoteBody, type SignedCopyQuery, type TimeDecisionBody, type TimeEntryBody,
  type UpdateEngagementBody,
} from './engagement.dto';
import { EngagementsService, type EngagementAction } from './engagements.service';
import { StatsService } from './stats.service';
import { TimelineService } from './timeline.service';
import { TimeService } from './time.service';

const actionParam = idParam.extend({ action: z.enum(['sign', 'start', 'complete', 'cancel']) }).strict();
const documentParam = idParam.extend({ kind: z.string().regex(/^[a-z_]{1,40}$/, 'is not a document kind') }).strict();
const copyParam = idParam.extend({ copyId: z.uuid('must be a UUID') }).strict();
const decisionParam = idParam.extend({ entryId: z.uuid('must be a UUID'), decision: z.enum(['approve', 'reject']) }).strict();
const langQuery = z.object({ lang: z.enum(['fr', 'en']).default('fr') }).strict();

/** A file as an attachment, named for the person who saves it. */
function sendFile(reply: FastifyReply, file: FileAnswer): Buffer {
  void reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`);
  return file.body;
}

@ApiTags('engagements')
@ApiBearerAuth()
@Controller()
export class EngagementsController {
  constructor(
    private readonly engagements: EngagementsService,
    private readonly agreements: AgreementsService,
    private readonly time: TimeService,
    private readonly stats: StatsService,
    private readonly timelines: TimelineService,
  ) {}

  @Get('organizations/:id/engagements')
  @ApiOperation({ summary: "An organization's engagements, as host or provider (members of the organization)" })
  list(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser, @Query({ schema: engagementsQuery }) query: EngagementsQuery) {
    return this.engagements.list(id, user, query);
  }

  @Get('organizations/:id/stats')
  @ApiOperation({ summary: "An organization's figures: proposals and engagements by status, response rate and median response time, time given and received, value of sponsored time, engagements per month (members of the organization)" })
  organizationStats(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser) {
    return this.stats.stats(id, user);
  }

  @Get('organizations/:id/engagements.csv')
  @ApiOperation({ summary: "An organization's engagements as CSV, with the approved time and its value; lang=fr gives semicolons and decimal commas (members of the organization)" })
  async engagementsCsv(
    @Param({ schema: idParam }) { id }: { id: string },
    @CurrentUser() user: AuthUser,
    @Query({ schema: langQuery }) { lang }: { lang: 'fr' | 'en' },
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const body = await this.stats.csv(id, user, lang);
    return sendFile(reply, { filename: `engagements-${new Date().toISOString().slice(0, 10)}.csv`, contentType: 'text/csv; charset=utf-8', body: Buffer.from(body) });
  }

  @Get('engagements/:id')
  @ApiOperation({ summary: 'An engagement, with the mechanisms that can carry it and the rules that decided (members of either organization)' })
  get(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser) {
    return this.engagements.get(id, user);
  }

  @Patch('engagements/:id')
  @ApiOperation({ summary: "Change an engagement's terms on its current version (members of either organization; 409 STALE_VERSION, TERMS_LOCKED)" })
  update(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser, @Body({ schema: updateEngagementBody }) body: UpdateEngagementBody) {
    return this.engagements.update(id, user, body);
  }

  @Post('engagements/:id/evaluation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Evaluate a completed engagement, once per side: a rating of the other organization, what was delivered, would you do it again (members of either organization; 409 ALREADY_DONE, INVALID_TRANSITION)' })
  evaluate(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser, @Body({ schema: evaluationBody }) body: EvaluationBody) {
    return this.engagements.evaluate(id, user, body);
  }

  @Post('engagements/:id/:action')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign (each side), start (either), complete (the host) or cancel (either, before completion) an engagement (members of either organization)' })
  act(
    @Param({ schema: actionParam }) { id, action }: { id: string; action: EngagementAction },
    @CurrentUser() user: AuthUser,
    @Body({ schema: engagementActionBody }) body: EngagementActionBody,
  ) {
    return this.engagements.act(id, user, action, body);
  }

  @Get('engagements/:id/documents/:kind')
  @ApiOperation({ summary: "One document of the engagement's agreement, on the current terms, as PDF or DOCX, in French or English (members of either organization; 409 TERMS_INCOMPLETE)" })
  document(
    @Param({ schema: documentParam }) { id, kind }: { id: string; kind: string },
    @CurrentUser() user: AuthUser,
    @Query({ schema: documentQuery }) query: DocumentQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.agreements.document(id, user, kind, query).then((file) => sendFile(reply, file));
  }

  @Get('engagements/:id/signed-copies')
  @ApiOperation({ summary: 'The signed copies uploaded by either side, newest first (members of either organization)' })
  signedCopies(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser) {
    return this.agreements.signedCopies(id, user);
  }

  @Post('engagements/:id/signed-copies')
  @ApiConsumes('application/pdf')
  @ApiOperation({ summary: 'Upload a signed document as the body (application/pdf, at most UPLOAD_LIMIT_BYTES) for the current version of the terms (members of either organization; 409 STALE_VERSION)' })
  upload(
    @Param({ schema: idParam }) { id }: { id: string },
    @CurrentUser() user: AuthUser,
    @Query({ schema: signedCopyQuery }) query: SignedCopyQuery,
    @Req() request: FastifyRequest,
  ) {
    return this.agreements.upload(id, user, query, request.body);
  }

  @Get('engagements/:id/signed-copies/:copyId')
  @ApiOperation({ summary: 'Download a signed copy (members of either organization)' })
  signedCopy(
    @Param({ schema: copyParam }) { id, copyId }: { id: string; copyId: string },
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.agreements.signedCopy(id, copyId, user).then((file) => sendFile(reply, file));
  }

  @Get('engagements/:id/timeline')
  @ApiOperation({ summary: "An engagement's timeline, oldest first: acceptance, signatures, milestones, checkpoints, time logged, check-in notes, evaluations (members of either organization)" })
  timeline(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser) {
    return this.timelines.timeline(id, user);
  }

  @Post('engagements/:id/notes')
  @ApiOperation({ summary: 'Write a check-in note on the timeline (members of either organization; 120 an hour per person, with the thread messages)' })
  note(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser, @Body({ schema: noteBody }) body: NoteBody) {
    return this.timelines.note(id, user, body);
  }

  @Get('engagements/:id/time')
  @ApiOperation({ summary: 'The time logged on an engagement, newest day first, with the totals per status and, for skills sponsorship, the value of the approved time (members of either organization)' })
  timeEntries(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser, @Query({ schema: paginationQuery.strict() }) query: Pagination) {
    return this.time.list(id, user, query);
  }

  @Post('engagements/:id/time')
  @ApiOperation({ summary: "Log a day's time of one person lent, once under way (members of the provider; 403 for the host)" })
  logTime(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser, @Body({ schema: timeEntryBody }) body: TimeEntryBody) {
    return this.time.log(id, user, body);
  }

  @Post('engagements/:id/time/:entryId/:decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve or reject (with a reason) logged time (members of the host; 409 ALREADY_DONE)' })
  decideTime(
    @Param({ schema: decisionParam }) { id, entryId, decision }: { id: string; entryId: string; decision: 'approve' | 'reject' },
    @CurrentUser() user: AuthUser,
    @Body({ schema: timeDecisionBody }) body: TimeDecisionBody,
  ) {
    return this.time.decide(id, entryId, user, decision, body);
  }

  @Get('engagements/:id/receipt-summary')
  @ApiOperation({ summary: "For skills sponsorship: what the host's tax receipt (CERFA 16216*02) needs, from the approved time, as PDF (members of either organization; 409 NOT_SPONSORSHIP)" })
  receiptSummary(
    @Param({ schema: idParam }) { id }: { id: string },
    @CurrentUser() user: AuthUser,
    @Query({ schema: langQuery }) { lang }: { lang: 'fr' | 'en' },
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.time.receipt(id, user, lang).then((file) => sendFile(reply, file));
  }
}
