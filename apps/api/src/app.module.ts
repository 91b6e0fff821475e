import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ConfigModule } from '@relais/config';
import { DatabaseModule } from '@relais/database';
import { AdminModule } from './admin/admin.module';
import { AuthModule } from './auth/auth.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { ErrorFilter } from './http/error.filter';
import { validationPipe } from './http/validation';
import { InvitationsModule } from './invitations/invitations.module';
import { MeController } from './me/me.controller';
import { PersonalDataService } from './me/personal-data.service';
import { NotificationsApiModule } from './notifications/notifications.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { EngagementsModule } from './engagements/engagements.module';
import { ProposalsModule } from './proposals/proposals.module';
import { PostingsModule } from './postings/postings.module';
import { SkillsModule } from './skills/skills.module';
import { ToolboxModule } from './toolbox/toolbox.module';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    AuthModule,
    OrganizationsModule,
    InvitationsModule,
    PostingsModule,
    ImportsModule,
    ProposalsModule,
    EngagementsModule,
    SkillsModule,
    NotificationsApiModule,
    AdminModule,
    ToolboxModule,
    HealthModule,
  ],
  controllers: [MeController],
  providers: [
    PersonalDataService,
    { provide: APP_PIPE, useValue: validationPipe },
    { provide: APP_FILTER, useClass: ErrorFilter },
  ],
})
export class AppModule {}
