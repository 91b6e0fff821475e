import { Module } from '@nestjs/common';
import { ENV, type Env } from '@relais/config';
import { Mailer } from './mailer';

/** Provides the Mailer built from SMTP_URL and MAIL_FROM. Needs ConfigModule (global) in the app. */
@Module({
  providers: [
    {
      provide: Mailer,
      inject: [ENV],
      useFactory: (env: Env) => new Mailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM }),
    },
  ],
  exports: [Mailer],
})
export class NotificationsModule {}
