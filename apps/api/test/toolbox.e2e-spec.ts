import { TestApi } from './support/test-api';

describe('the toolbox over HTTP', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(() => api.close());

  it('lists every mechanism in the language asked, and describes one', async () => {
    const french = await api.call('GET', '/api/toolbox/mechanisms?lang=fr');
    expect(french.status).toBe(200);
    const codes = french.body.items.map((m: { code: string }) => m.code);
    expect(codes).toEqual(expect.arrayContaining(['skills_sponsorship', 'staff_loan', 'solidarity_leave', 'vsi', 'internship']));
    const english = await api.call('GET', '/api/toolbox/mechanisms/solidarity_leave', { headers: { 'accept-language': 'en-GB' } });
    expect(english.status).toBe(200);
    const frenchSheet = await api.call('GET', '/api/toolbox/mechanisms/solidarity_leave?lang=fr');
    expect(english.body.title).not.toEqual(frenchSheet.body.title);
    expect((await api.call('GET', '/api/toolbox/mechanisms/teleportation')).status).toBe(404);
    expect((await api.call('GET', '/api/toolbox/mechanisms?year=1999')).body.details[0].path).toBe('year');
  });

  it('reproduces the worked example of skills sponsorship to the cent', async () => {
    const response = await api.call('POST', '/api/toolbox/calculators/skills-sponsorship', {
      body: {
        year: 2026,
        people: [{ grossMonthlyPay: 4000, employerCharges: { rate: 0.45 }, days: 10 }],
        turnover: 2_000_000,
        otherDonationsThisYear: 0,
        colucheHost: false,
      },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ timeValue: 2676.86, reduction: 1606.12, netCost: 1070.75 });
    expect(response.body.steps.length).toBeGreaterThan(3);
  });

  it.each([
    ['a negative pay', { year: 2026, people: [{ grossMonthlyPay: -1, employerCharges: { rate: 0.45 }, days: 10 }], turnover: 1 }, 'people.0.grossMonthlyPay'],
    ['an unknown year', { year: 1999, people: [{ grossMonthlyPay: 4000, employerCharges: { rate: 0.45 }, days: 10 }], turnover: 1 }, 'year'],
  ])('refuses %s with a 400 naming the field', async (_label, body, field) => {
    const response = await api.call('POST', '/api/toolbox/calculators/skills-sponsorship', { body });
    expect(response.status).toBe(400);
    expect(response.body.details.map((d: { path: string }) => d.path)).toContain(field);
  });

  it('computes the internship gratification and refuses more than six months', async () => {
    const short = await api.call('POST', '/api/toolbox/calculators/internship-gratification', { body: { hours: 300, year: 2026 } });
    expect(short.status).toBe(200);
    const long = await api.call('POST', '/api/toolbox/calculators/internship-gratification', { body: { hours: 400, year: 2026 } });
    expect(long.body).toMatchObject({ mandatory: true });
    expect(long.body.amountDue).toBeGreaterThan(0);
    expect(short.body).toMatchObject({ mandatory: false, amountDue: 0 });
    const tooLong = await api.call('POST', '/api/toolbox/calculators/internship-gratification', { body: { hours: 2000, year: 2026 } });
    expect(tooLong.status).toBe(400);
  });

  it('advises: unknown answers give "unknown", a host without general interest rules out skills sponsorship', async () => {
    const blank = await api.call('POST', '/api/toolbox/advisor', { body: {} });
    expect(blank.status).toBe(200);
    expect(blank.body.items.every((m: { eligible: string }) => m.eligible !== 'yes')).toBe(true);
    const answers = { providerKind: 'company', personStatus: 'private_employee', timeUse: 'working_time', hostGeneralInterest: false };
    const advice = await api.call('POST', '/api/toolbox/advisor?lang=en', { body: answers });
    const sponsorship = advice.body.items.find((m: { code: string }) => m.code === 'skills_sponsorship');
    expect(sponsorship.eligible).toBe('no');
    expect(sponsorship.rules.length).toBeGreaterThan(0);
    const bad = await api.call('POST', '/api/toolbox/advisor', { body: { seniorityMonths: -3 } });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toBe('seniorityMonths');
  });

  it("lists the advisor's questions with their possible answers, in the language asked", async () => {
    const french = await api.call('GET', '/api/toolbox/advisor/questions?lang=fr');
    expect(french.status).toBe(200);
    const english = await api.call('GET', '/api/toolbox/advisor/questions', { headers: { 'accept-language': 'en-GB,en;q=0.8' } });
    const ids = french.body.items.map((q: { id: string }) => q.id);
    expect(english.body.items.map((q: { id: string }) => q.id)).toEqual(ids);
    expect(ids.slice(0, 1)).toEqual(['providerKind']);
    expect(ids).toEqual(expect.arrayContaining(['personStatus', 'timeUse', 'duration', 'destinationCountry', 'hostGeneralInterest']));
    const status = (body: { items: Array<{ id: string; options?: Array<{ value: unknown; label: string }> }> }) => body.items.find((q) => q.id === 'personStatus');
    expect(status(french.body)?.options?.find((o) => o.value === 'civil_servant')?.label).toBe('Fonctionnaire');
    expect(status(english.body)?.options?.find((o) => o.value === 'civil_servant')?.label).toBe('Civil servant (tenured)');
    const duration = french.body.items.find((q: { id: string }) => q.id === 'duration');
    expect(duration.units.map((u: { field: string }) => u.field)).toEqual(['durationDays', 'durationMonths']);
    const approval = french.body.items.find((q: { id: string }) => q.id === 'hostEeaApproved');
    expect(approval.askIf[0]).toMatchObject({ field: 'hostCountry', oneOf: expect.arrayContaining(['BE', 'DE']) });
    expect(approval.askIf[0].oneOf).not.toContain('FR');

    // Every answer the questions can give is one the advisor accepts.
    const answers = Object.fromEntries(
      french.body.items.filter((q: { options?: unknown[] }) => q.options).map((q: { id: string; options: Array<{ value: unknown }> }) => [q.id, q.options[0].value]),
    );
    expect((await api.call('POST', '/api/toolbox/advisor', { body: answers })).status).toBe(200);
    expect((await api.call('GET', '/api/toolbox/advisor/questions?year=2026')).status).toBe(400);
  });
});
