import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { costing } from '@relais/agreements';
import { Engagement } from '@relais/database';
import { ENGAGEMENT_STATUSES, PROPOSAL_STATUSES, type Locale } from '@relais/domain';
import type { AuthUser } from '../auth/auth.decorators';
import { MembershipsService } from '../organizations/memberships.service';

/** At most this many engagements are valued and exported at once (the newest). */
const MAX_ENGAGEMENTS = 2000;
const MONTHS = 12;

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** A CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
function cell(value: string | number | null, separator: string): string {
  if (value === null) return '';
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return safe.includes(separator) || /["\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The months from `count - 1` months ago to this one, as YYYY-MM. */
function lastMonths(count: number, now = new Date()): string[] {
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1 - index), 1));
    return date.toISOString().slice(0, 7);
  });
}

/**
 * An organization's figures, for its members: its proposals and engagements by status, how it
 * answers the proposals it receives, the time it gave and received (approved), the value of its
 * sponsored time, and its engagements per month; and its engagements as CSV.
 */
@Injectable()
export class StatsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memberships: MembershipsService,
  ) {}

  async stats(organizationId: string, user: AuthUser) {
    await this.memberships.require(organizationId, user, 'any');
    const db = this.dataSource;
    const [proposals, answers, engagements, time, months] = await Promise.all([
      db.query(
        `SELECT CASE WHEN from_organization_id = $1 THEN 'sent' ELSE 'received' END AS direction, status, count(*)::int AS count
           FROM proposals WHERE from_organization_id = $1 OR to_organization_id = $1 GROUP BY 1, 2`,
        [organizationId],
      ) as Promise<Array<{ direction: 'sent' | 'received'; status: (typeof PROPOSAL_STATUSES)[number]; count: number }>>,
      db.query(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - created_at)) / 3600 AS median_hours
           FROM proposals WHERE to_organization_id = $1 AND status IN ('accepted', 'declined') AND answered_at IS NOT NULL`,
        [organizationId],
      ) as Promise<Array<{ median_hours: number | null }>>,
      db.query(
        `SELECT CASE WHEN host_organization_id = $1 THEN 'host' ELSE 'provider' END AS side, status, count(*)::int AS count
           FROM engagements WHERE host_organization_id = $1 OR provider_organization_id = $1 GROUP BY 1, 2`,
        [organizationId],
      ) as Promise<Array<{ side: 'host' | 'provider'; status: (typeof ENGAGEMENT_STATUSES)[number]; count: number }>>,
      db.query(
        `SELECT CASE WHEN e.provider_organization_id = $1 THEN 'given' ELSE 'received' END AS direction, t.unit, sum(t.amount)::float AS amount
           FROM time_entries t JOIN engagements e ON e.id = t.engagement_id
          WHERE t.status = 'approved' AND (e.host_organization_id = $1 OR e.provider_organization_id = $1) GROUP BY 1, 2`,
        [organizationId],
      ) as Promise<Array<{ direction: 'given' | 'received'; unit: 'days' | 'hours'; amount: number }>>,
      db.query(
        `SELECT to_char(date_trunc('month', created_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,
                CASE WHEN host_organization_id = $1 THEN 'host' ELSE 'provider' END AS side, count(*)::int AS count
           FROM engagements WHERE (host_organization_id = $1 OR provider_organization_id = $1) AND created_at >= date_trunc('month', now()) - interval '${MONTHS - 1} months'
          GROUP BY 1, 2`,
        [organizationId],
      ) as Promise<Array<{ month: string; side: 'host' | 'provider'; count: number }>>,
    ]);

    const byStatus = { sent: zeroes(PROPOSAL_STATUSES), received: zeroes(PROPOSAL_STATUSES) };
    for (const row of proposals) byStatus[row.direction][row.status] = row.count;
    const received = byStatus.received;
    // Answered in time, out of those that called for an answer (still pending or withdrawn ones do not count).
    const due = received.accepted + received.declined + received.expired;
    const engagementsBySide = { host: zeroes(ENGAGEMENT_STATUSES), provider: zeroes(ENGAGEMENT_STATUSES) };
    for (const row of engagements) engagementsBySide[row.side][row.status] = row.count;
    const timeTotals = { given: { days: 0, hours: 0 }, received: { days: 0, hours: 0 } };
    for (const row of time) timeTotals[row.direction][row.unit] = row.amount;
    const perMonth = lastMonths(MONTHS).map((month) => ({
      month,
      host: months.find((row) => row.month === month && row.side === 'host')?.count ?? 0,
      provider: months.find((row) => row.month === month && row.side === 'provider')?.count ?? 0,
    }));
    const median = answers[0]?.median_hours;
    return {
      proposals: byStatus,
      responseRate: due > 0 ? Math.round(((received.accepted + received.declined) / due) * 1000) / 1000 : null,
      medianResponseHours: median == null ? null : Math.round(Number(median) * 10) / 10,
      engagements: engagementsBySide,
      time: timeTotals,
      sponsoredValue: await this.sponsoredValue(organizationId),
      perMonth,
    };
  }

  /** The organization's engagements, one line each, with the approved time and (skills sponsorship) its value; French spreadsheets get semicolons and decimal commas. */
  async csv(organizationId: string, user: AuthUser, lang: Locale): Promise<string> {
    await this.memberships.require(organizationId, user, 'any');
    const rows = await this.engagementsOf(organizationId);
    const partners = await this.names(rows.map((e) => (e.hostOrganizationId === organizationId ? e.providerOrganizationId : e.hostOrganizationId)));
    const titles: Array<{ id: string; title: string }> = await this.dataSource.query(
      `SELECT id, title FROM needs WHERE id = ANY($1) UNION ALL SELECT id, title FROM offers WHERE id = ANY($2)`,
      [rows.map((e) => e.needId), rows.map((e) => e.offerId)],
    );
    const titleOf = new Map(titles.map((row) => [row.id, row.title]));
    const separator = lang === 'fr' ? ';' : ',';
    const number = (value: number | null) => (value === null ? null : lang === 'fr' ? String(value).replace('.', ',') : value);
    const header =
      lang === 'fr'
        ? ['engagement', 'rôle', 'partenaire', 'besoin', 'offre', 'dispositif', 'état', 'début', 'fin', 'effort', 'unité', 'temps approuvé', 'valeur du temps (€)', 'créé le']
        : ['engagement', 'role', 'partner', 'need', 'offer', 'mechanism', 'status', 'start', 'end', 'effort', 'unit', 'approved time', 'value of time (€)', 'created'];
    const lines = [header.map((value) => cell(value, separator)).join(separator)];
    const approvedOf = await this.approvedTimes(rows.map((e) => e.id));
    for (const engagement of rows) {
      const approved = { byPerson: approvedOf.get(engagement.id) ?? new Map<string, number>() };
      const value = engagement.mechanism === 'skills_sponsorship' ? this.valueOf(engagement, approved.byPerson) : null;
      const isHost = engagement.hostOrganizationId === organizationId;
      lines.push(
        [
          engagement.id,
          isHost ? 'host' : 'provider',
          partners.get(isHost ? engagement.providerOrganizationId : engagement.hostOrganizationId) ?? '',
          titleOf.get(engagement.needId) ?? '',
          titleOf.get(engagement.offerId) ?? '',
          engagement.mechanism,
          engagement.status,
          engagement.startDate,
          engagement.endDate,
          engagement.effortAmount,
          engagement.effortUnit,
          number([...approved.byPerson.values()].reduce((sum, amount) => sum + amount, 0)),
          number(value),
          engagement.createdAt.toISOString().slice(0, 10),
        ]
          .map((value) => cell(value, separator))
          .join(separator),
      );
    }
    // The byte-order mark lets spreadsheets read the accents as UTF-8.
    return `\ufeff${lines.join('\r\n')}\r\n`;
  }

  /** The value of the approved time of the organization's skills sponsorships, given (as provider) and received (as host). */
  private async sponsoredValue(organizationId: string) {
    const sponsorships = (await this.engagementsOf(organizationId)).filter((e) => e.mechanism === 'skills_sponsorship');
    const total = { given: 0, received: 0, missingPay: 0 };
    const approvedOf = await this.approvedTimes(sponsorships.map((e) => e.id));
    for (const engagement of sponsorships) {
      const value = this.valueOf(engagement, approvedOf.get(engagement.id) ?? new Map());
      if (value === null) total.missingPay++;
      else if (engagement.providerOrganizationId === organizationId) total.given += value;
      else total.received += value;
    }
    return { given: Math.round(total.given * 100) / 100, received: Math.round(total.received * 100) / 100, engagementsWithoutPay: total.missingPay };
  }

  /** The value of an engagement's approved time (0 with none approved; null while a pay is missing). */
  private valueOf(engagement: Engagement, approved: ReadonlyMap<string, number>): number | null {
    if (approved.size === 0 || !engagement.startDate || !engagement.effortAmount) return 0;
    const terms = { startDate: engagement.startDate, effort: { amount: engagement.effortAmount, unit: engagement.effortUnit }, people: engagement.people };
    const figures = costing(terms, (person) => approved.get(person.name) ?? 0);
    return figures.complete ? figures.total : null;
  }

  /** The approved time per engagement and person, for many engagements in one query. */
  private async approvedTimes(engagementIds: string[]): Promise<Map<string, Map<string, number>>> {
    const rows: Array<{ engagement_id: string; person: string; amount: number }> = await this.dataSource.query(
      `SELECT engagement_id, person, sum(amount)::float AS amount FROM time_entries WHERE engagement_id = ANY($1) AND status = 'approved' GROUP BY 1, 2`,
      [engagementIds],
    );
    const byEngagement = new Map<string, Map<string, number>>();
    for (const row of rows) byEngagement.set(row.engagement_id, (byEngagement.get(row.engagement_id) ?? new Map()).set(row.person, row.amount));
    return byEngagement;
  }

  private engagementsOf(organizationId: string) {
    return this.dataSource.getRepository(Engagement).find({
      where: [{ hostOrganizationId: organizationId }, { providerOrganizationId: organizationId }],
      order: { createdAt: 'DESC' },
      take: MAX_ENGAGEMENTS,
    });
  }

  private async names(ids: string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; name: string }> = await this.dataSource.query(`SELECT id, name FROM organizations WHERE id = ANY($1)`, [[...new Set(ids)]]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
