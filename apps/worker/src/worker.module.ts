import { Module, type Provider } from '@nestjs/common';
import { ConfigModule } from '@relais/config';
import { DatabaseModule } from '@relais/database';
import { JobQueues } from '@relais/jobs';
import { NotificationsModule } from '@relais/notifications';
import { SearchModule } from '@relais/search';
import { TextSkills } from '@relais/skills-catalog';
import { DigestScheduler } from './jobs/digest-scheduler';
import { JOB_HANDLERS, type JobHandler } from './jobs/job-handler';
import { JobRunner } from './jobs/job-runner';
import { Reconciler } from './jobs/reconciler';
import { Retention } from './jobs/retention';
import { MatchNeedHandler, MatchOfferHandler } from './matching/match.handlers';
import { MatchingService } from './matching/matching.service';
import { DailyDigestHandler } from './notifications/daily-digest.handler';
import { EmailSuggestionsHandler } from './notifications/email-suggestions.handler';
import { DailyThreadEmailHandler, ImmediateThreadEmailHandler, NotifyMessageHandler } from './notifications/notify-message.handler';
import { NotifyEngagementHandler } from './notifications/notify-engagement.handler';
import { NotifyProposalHandler, ProposalNotices } from './notifications/notify-proposal.handler';
import { EngagementCheckpoints, RemindEngagementHandler, ScheduleEngagementHandler } from './notifications/engagement-checkpoints';
import { ExpireProposalHandler, ProposalDeadlines, RemindProposalHandler, ScheduleProposalHandler } from './notifications/proposal-deadlines';
import { NotifySuggestionHandler } from './notifications/notify-suggestion.handler';
import { SendEmailHandler } from './notifications/send-email.handler';
import { OutboxRelay } from './outbox/outbox-relay';
import { SyncNeedHandler, SyncOfferHandler, SyncOrganizationHandler } from './search-sync/sync.handlers';
import { SearchSyncService } from './search-sync/search-sync.service';
import { EmbedNeedHandler, EmbedOfferHandler, EmbedOrganizationHandler } from './semantic/embed.handlers';
import { EmbeddingService } from './semantic/embedding.service';
import { QueryEmbeddingResponder } from './semantic/query-embedding.responder';
import { TextVectors } from './semantic/text-vectors';

const HANDLERS = [
  SyncNeedHandler,
  SyncOfferHandler,
  SyncOrganizationHandler,
  MatchNeedHandler,
  MatchOfferHandler,
  EmbedNeedHandler,
  EmbedOfferHandler,
  EmbedOrganizationHandler,
  NotifySuggestionHandler,
  EmailSuggestionsHandler,
  NotifyProposalHandler,
  ScheduleProposalHandler,
  RemindProposalHandler,
  ScheduleEngagementHandler,
  RemindEngagementHandler,
  ExpireProposalHandler,
  NotifyMessageHandler,
  ImmediateThreadEmailHandler,
  DailyThreadEmailHandler,
  NotifyEngagementHandler,
  SendEmailHandler,
  DailyDigestHandler,
];

const handlerList: Provider = {
  provide: JOB_HANDLERS,
  inject: HANDLERS,
  useFactory: (...handlers: JobHandler[]) => handlers,
};

@Module({
  imports: [ConfigModule, DatabaseModule, SearchModule, NotificationsModule],
  providers: [
    JobQueues,
    SearchSyncService,
    MatchingService,
    TextVectors,
    EmbeddingService,
    QueryEmbeddingResponder,
    ProposalNotices,
    ProposalDeadlines,
    EngagementCheckpoints,
    TextSkills,
    ...HANDLERS,
    handlerList,
    JobRunner,
    OutboxRelay,
    DigestScheduler,
    Reconciler,
    Retention,
  ],
})
export class WorkerModule {}
