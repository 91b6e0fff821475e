import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '../auth/auth.decorators';
import { idParam } from '../http/validation';
import {
  createProposalBody,
  declineProposalBody,
  messagesQuery,
  proposalsQuery,
  writeMessageBody,
  type CreateProposalBody,
  type DeclineProposalBody,
  type MessagesQuery,
  type ProposalsQuery,
  type WriteMessageBody,
} from './proposal.dto';
import { ProposalMessagesService } from './proposal-messages.service';
import { ProposalsService } from './proposals.service';

@ApiTags('proposals')
@ApiBearerAuth()
@Controller()
export class ProposalsController {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly messages: ProposalMessagesService,
  ) {}

  @Post('suggestions/:id/proposals')
  @ApiOperation({ summary: 'Propose to work together on a suggested pair, with a message (members of either organization of the pair)' })
  create(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser, @Body({ schema: createProposalBody }) body: CreateProposalBody) {
    return this.proposals.create(id, user, body);
  }

  @Get('organizations/:id/proposals')
  @ApiOperation({ summary: "An organization's proposals, received or sent, newest first (members of the organization)" })
  list(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser, @Query({ schema: proposalsQuery }) query: ProposalsQuery) {
    return this.proposals.list(id, user, query);
  }

  @Get('proposals/:id')
  @ApiOperation({ summary: 'A proposal; the contacts once accepted (members of either organization)' })
  get(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser) {
    return this.proposals.get(id, user);
  }

  @Post('proposals/:id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept a proposal (members of the organization that received it)' })
  accept(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser) {
    return this.proposals.accept(id, user);
  }

  @Post('proposals/:id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline a proposal with a reason (members of the organization that received it)' })
  decline(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser, @Body({ schema: declineProposalBody }) body: DeclineProposalBody) {
    return this.proposals.decline(id, user, body);
  }

  @Post('proposals/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a proposal still waiting for an answer (members of the organization that sent it)' })
  withdraw(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser) {
    return this.proposals.withdraw(id, user);
  }

  @Get('proposals/:id/messages')
  @ApiOperation({ summary: "The proposal's thread, newest first (members of either organization)" })
  listMessages(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser, @Query({ schema: messagesQuery }) query: MessagesQuery) {
    return this.messages.list(id, user, query);
  }

  @Post('proposals/:id/messages')
  @ApiOperation({ summary: "Write in the proposal's thread while it waits for its answer or once accepted (members of either organization; 409 THREAD_CLOSED after)" })
  writeMessage(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser, @Body({ schema: writeMessageBody }) body: WriteMessageBody) {
    return this.messages.write(id, user, body);
  }
}
