import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { EngagementNote, Evaluation, TimeEntry, User } from '@relais/database';
import { checkpoints, msOf, type Side } from '@relais/domain';
import type { AuthUser } from '../auth/auth.decorators';
import { RateLimits } from '../auth/rate-limits';
import { ApiError } from '../http/api-error';
import { actingSide } from '../proposals/proposals.service';
import type { NoteBody } from './engagement.dto';
import { EngagementsService } from './engagements.service';

/** The newest notes and time entries the timeline shows. */
const LATEST = 100;

export type TimelineItem =
  | { kind: 'accepted' | 'signed' | 'evaluated'; at: string; side?: Side }
  | { kind: 'milestone'; at: string; title: string; done: boolean }
  | { kind: 'checkpoint'; at: string; phase: 'start' | 'middle' | 'end' }
  | { kind: 'time'; at: string; person: string; amount: number; unit: string; status: string }
  | { kind: 'note'; at: string; side: Side; author: string | null; body: string };

/**
 * An engagement's timeline, oldest first: its acceptance, the signatures, the milestones (by
 * due date), the checkpoints, the time logged, the check-in notes either side writes, and the
 * evaluations. What lies ahead is marked so (`upcoming`).
 */
@Injectable()
export class TimelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engagements: EngagementsService,
    private readonly limits: RateLimits,
  ) {}

  async timeline(id: string, user: AuthUser) {
    const { engagement } = await this.engagements.access(id, user);
    const [notes, entries, evaluations] = await Promise.all([
      this.dataSource.getRepository(EngagementNote).find({ where: { engagementId: id }, order: { createdAt: 'DESC' }, take: LATEST }),
      this.dataSource.getRepository(TimeEntry).find({ where: { engagementId: id }, order: { day: 'DESC' }, take: LATEST }),
      this.dataSource.getRepository(Evaluation).find({ select: { side: true, createdAt: true }, where: { engagementId: id } }),
    ]);
    const authors = await this.dataSource.getRepository(User).find({ select: { id: true, displayName: true }, where: { id: In([...new Set(notes.map((n) => n.authorId))]) } });
    const nameOf = new Map(authors.map((author) => [author.id, author.displayName]));
    const items: TimelineItem[] = [
      { kind: 'accepted', at: engagement.createdAt.toISOString() },
      ...(engagement.hostSignedAt ? [{ kind: 'signed' as const, at: engagement.hostSignedAt.toISOString(), side: 'host' as const }] : []),
      ...(engagement.providerSignedAt ? [{ kind: 'signed' as const, at: engagement.providerSignedAt.toISOString(), side: 'provider' as const }] : []),
      ...engagement.workPlan.filter((item) => item.due).map((item) => ({ kind: 'milestone' as const, at: item.due!, title: item.title, done: item.done })),
      ...(engagement.startDate && engagement.endDate && engagement.status !== 'cancelled'
        ? checkpoints(engagement.startDate, engagement.endDate).map(({ phase, day }) => ({ kind: 'checkpoint' as const, at: day, phase }))
        : []),
      ...entries.map((e) => ({ kind: 'time' as const, at: e.day, person: e.person, amount: e.amount, unit: e.unit, status: e.status })),
      ...notes.map((n) => ({ kind: 'note' as const, at: n.createdAt.toISOString(), side: n.side, author: nameOf.get(n.authorId) ?? null, body: n.body })),
      ...evaluations.map((e) => ({ kind: 'evaluated' as const, at: e.createdAt.toISOString(), side: e.side })),
    ];
    const now = Date.now();
    const time = (at: string) => (at.length === 10 ? msOf(at) : Date.parse(at));
    return { items: items.sort((a, b) => time(a.at) - time(b.at)).map((item) => ({ ...item, upcoming: time(item.at) > now })) };
  }

  /** A check-in note, by either side, until the engagement is cancelled. */
  async note(id: string, user: AuthUser, body: NoteBody) {
    const { engagement, sides } = await this.engagements.access(id, user);
    const side = actingSide(sides, body.side, 'writes');
    if (engagement.status === 'cancelled') throw new ApiError('INVALID_TRANSITION', 'This engagement is cancelled: its timeline is closed');
    await this.limits.take('messagesPerAccount', user.userId);
    const note = await this.dataSource.getRepository(EngagementNote).save({ engagementId: id, side, authorId: user.userId, body: body.body });
    return { id: note.id, side: note.side, body: note.body, createdAt: note.createdAt };
  }
}
