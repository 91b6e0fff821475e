import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { ENV, type Env } from '@relais/config';
import { eraseAccount, queueEmail, User } from '@relais/database';
import { renderAccountEmail } from '@relais/notifications';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The retention rule for personal data: an account nobody signed in to for
 * RETENTION_INACTIVE_DAYS is warned by e-mail, then anonymized RETENTION_NOTICE_DAYS later
 * unless the person signs in meanwhile (signing in clears the warning).
 */
@Injectable()
export class Retention {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async run(now = new Date()): Promise<{ warned: number; erased: number }> {
    const inactiveSince = new Date(now.getTime() - this.env.RETENTION_INACTIVE_DAYS * DAY_MS);
    const noticeGivenBefore = new Date(now.getTime() - this.env.RETENTION_NOTICE_DAYS * DAY_MS);
    const inactive = () =>
      this.dataSource
        .getRepository(User)
        .createQueryBuilder('u')
        .where('u.erased_at IS NULL')
        .andWhere('COALESCE(u.last_seen_at, u.created_at) < :inactiveSince', { inactiveSince })
        .limit(500);
    const toWarn = await inactive().andWhere('u.retention_warned_at IS NULL').getMany();
    for (const user of toWarn) await this.warn(user, new Date(now.getTime() + this.env.RETENTION_NOTICE_DAYS * DAY_MS));
    const toErase = await inactive().andWhere('u.retention_warned_at < :noticeGivenBefore', { noticeGivenBefore }).getMany();
    for (const user of toErase) await this.dataSource.transaction((manager) => eraseAccount(manager, user.id));
    return { warned: toWarn.length, erased: toErase.length };
  }

  private async warn(user: User, erasedOn: Date): Promise<void> {
    const email = renderAccountEmail({
      kind: 'inactive_account',
      locale: user.locale,
      recipientName: user.displayName,
      link: `${this.env.PUBLIC_URL.replace(/\/$/, '')}/signin`,
      expiresAt: erasedOn,
    });
    await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager.update(User, { id: user.id, retentionWarnedAt: IsNull() }, { retentionWarnedAt: new Date() });
      if (!affected) return;
      await queueEmail(manager, { dedupeKey: `retention:${user.id}:${erasedOn.toISOString().slice(0, 10)}`, userId: user.id, to: user.email, ...email, redactAfterSend: false }, null);
    });
  }
}
