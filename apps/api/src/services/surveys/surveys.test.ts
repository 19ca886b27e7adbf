import { queryRows, schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { eq, like, sql } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { dataOf, trpcClient } from '../../../test/client.ts';
import { testApp } from '../../../test/harness.ts';
import { sentTokens, surveyAgency } from '../../../test/survey-fixtures.ts';

const NOW = new Date('2026-03-02T01:00:00Z');

describeEachDatabase('satisfaction surveys (R8, R14, R21)', (ctx) => {
  let n = 0;
  beforeEach(async () => {
    // Every test request comes from the same address: start each test with fresh counters.
    await ctx.db.delete(schema.publicRateLimits).where(like(schema.publicRateLimits.key, 'survey%'));
  });

  async function openRound(recipients = 20) {
    n += 1;
    const agency = await surveyAgency(ctx.db, `${ctx.kind}${n}`, recipients, NOW);
    const { app } = testApp(ctx);
    const sup = trpcClient(app, { cookie: await agency.supervisor() });
    const round = dataOf(
      await sup.mutation('surveys.rounds.create', {
        period: '2026-Q1',
        targets: [
          { contractId: agency.security.id, serviceLineId: 'security' },
          { contractId: agency.catering.id, serviceLineId: 'catering' },
        ],
      }),
    );
    dataOf(await sup.mutation('surveys.rounds.open', { id: round.id }));
    const invited = dataOf(await sup.mutation('surveys.invite', { roundId: round.id, audience: 'all' }));
    expect(invited).toMatchObject({ created: recipients, eligible: recipients });
    const tokens = [...(await sentTokens(ctx.db, agency.tenant.id)).values()];
    const anon = trpcClient(app);
    return { agency, app, sup, round, tokens, anon };
  }

  /** Answers the first satisfaction question of each section with the given score (null skips it). */
  async function answer(
    anon: ReturnType<typeof trpcClient>,
    token: string,
    scores: Record<string, number | null>,
  ) {
    const survey = dataOf(await anon.mutation('surveys.public.open', { token }));
    const answers = survey.sections.map((s: any) => ({
      contractId: s.contractId,
      serviceLineId: s.serviceLineId,
      code: s.questions.find((q: any) => q.type === 'satisfaction5').code,
      value: scores[s.serviceLineId] ?? null,
    }));
    return anon.mutation('surveys.public.submit', { token, answers });
  }

  it('a round’s rate and tier are right at the band edges: exactly 95 % and exactly 100 %', async () => {
    const { agency, sup, round, tokens, anon } = await openRound(20);
    for (const [i, token] of tokens.entries()) {
      // security: 19 of 20 satisfied = 95.00 %, the lower bound of 满意; catering: all satisfied = 100 %
      const result = await answer(anon, token, { security: i === 0 ? 3 : 4, catering: 5 });
      expect(dataOf(result)).toEqual({ status: 'received' });
    }
    const results = dataOf(await sup.query('surveys.results', { roundId: round.id }));
    const security = results.byContract.find((c: any) => c.contractCode === 'SEC-1');
    const catering = results.byContract.find((c: any) => c.contractCode === 'CAT-1');
    expect(security).toMatchObject({ rateBp: 9500, responses: 20, belowTarget: false });
    expect(security.tier).toMatchObject({ name: '满意', from: 95 });
    expect(catering).toMatchObject({ rateBp: 10_000, responses: 20 });
    expect(catering.tier).toMatchObject({ name: '非常满意' });
    expect(results.overall).toMatchObject({ rateBp: 9750, responses: 20, answered: 40 });
    expect(results.counts).toMatchObject({ members: 20, answered: 20 });
    expect(results.trend).toHaveLength(1);

    // Tiers are the tenant's to set; moving the band to 95.01 % drops the same answers a tier.
    const admin = trpcClient(testApp(ctx).app, { cookie: await agency.admin() });
    dataOf(
      await admin.mutation('surveys.setTiers', {
        tiers: [
          { from: 0, name: '不达标', amountFen: 0 },
          { from: 95.01, name: '达标', amountFen: 100_000 },
        ],
      }),
    );
    const again = dataOf(await admin.query('surveys.results', { roundId: round.id }));
    expect(again.byContract.find((c: any) => c.contractCode === 'SEC-1').tier.name).toBe('不达标');
    expect(again.byContract.find((c: any) => c.contractCode === 'CAT-1').tier.name).toBe('达标');
    expect(
      (await admin.mutation('surveys.setTiers', { tiers: [{ from: 10, name: 'x', amountFen: 0 }] })).status,
    ).toBe(400);
  });

  it('one answer per invitation: a retried or repeated submit is "already received", never stored twice', async () => {
    const { agency, tokens, anon } = await openRound(3);
    const token = tokens[0]!;
    const survey = dataOf(await anon.mutation('surveys.public.open', { token }));
    const answers = survey.sections.map((s: any) => ({
      contractId: s.contractId,
      serviceLineId: s.serviceLineId,
      code: s.questions[0].code,
      value: 5,
    }));
    const [a, b] = await Promise.all([
      anon.mutation('surveys.public.submit', { token, answers }),
      anon.mutation('surveys.public.submit', { token, answers }),
    ]);
    expect([dataOf(a).status, dataOf(b).status].sort()).toEqual(['already_received', 'received']);
    expect(dataOf(await anon.mutation('surveys.public.submit', { token, answers }))).toEqual({
      status: 'already_received',
    });
    expect(dataOf(await anon.mutation('surveys.public.open', { token })).state).toBe('answered');
    const stored = await ctx.db
      .select()
      .from(schema.surveyResponses)
      .where(eq(schema.surveyResponses.tenantId, agency.tenant.id));
    expect(stored).toHaveLength(1);
  });

  it('anonymity: no response row references a user or an invitation', async () => {
    const { agency, tokens, anon } = await openRound(2);
    dataOf(await answer(anon, tokens[0]!, { security: 4, catering: 2 }));
    const columns = await queryRows<{ name: string }>(
      ctx.db,
      sql`select column_name as name from information_schema.columns where table_name = 'survey_responses'`,
    );
    expect(columns.map((c) => c.name).sort()).toEqual([
      'answers',
      'id',
      'locale',
      'round_id',
      'submitted_on',
      'tenant_id',
    ]);
    const references = await queryRows<{ target: string }>(
      ctx.db,
      sql`select ccu.table_name as target from information_schema.table_constraints tc
          join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
          where tc.table_name = 'survey_responses' and tc.constraint_type = 'FOREIGN KEY'`,
    );
    expect(new Set(references.map((r) => r.target))).toEqual(new Set(['tenants', 'survey_rounds']));
    const [row] = await ctx.db
      .select()
      .from(schema.surveyResponses)
      .where(eq(schema.surveyResponses.tenantId, agency.tenant.id));
    const text = JSON.stringify(row);
    const invitationIds = await ctx.db
      .select({ id: schema.surveyInvitations.id, userId: schema.surveyInvitations.userId })
      .from(schema.surveyInvitations)
      .where(eq(schema.surveyInvitations.tenantId, agency.tenant.id));
    for (const inv of invitationIds) {
      expect(text).not.toContain(inv.id);
      expect(text).not.toContain(inv.userId);
    }
  });

  it('a past round keeps its questions after the questionnaire is edited; edits apply to new rounds', async () => {
    const { agency, app, sup, tokens, anon } = await openRound(2);
    const before = dataOf(await sup.query('surveys.questionnaires.get', { serviceLineId: 'security' }));
    expect(before.version).toBe(1);
    const edited = [
      {
        code: 'custom.q1',
        type: 'satisfaction5',
        text: { zh: '门岗值守是否到位', en: 'Are the gates staffed?' },
      },
      ...before.questions.slice(1, 3),
    ];
    expect(
      dataOf(
        await sup.mutation('surveys.questionnaires.save', {
          serviceLineId: 'security',
          baseVersion: 1,
          questions: edited,
        }),
      ),
    ).toEqual({ version: 2 });
    // A stale editor is refused rather than overwriting.
    const stale = await sup.mutation('surveys.questionnaires.save', {
      serviceLineId: 'security',
      baseVersion: 1,
      questions: edited,
    });
    expect(stale.status).toBe(409);

    const old = dataOf(await anon.mutation('surveys.public.open', { token: tokens[0]! }));
    const oldSecurity = old.sections.find((s: any) => s.serviceLineId === 'security');
    expect(oldSecurity.questions).toEqual(before.questions);

    const round2 = dataOf(
      await sup.mutation('surveys.rounds.create', {
        period: '2026-Q1',
        title: '第二轮',
        targets: [{ contractId: agency.security.id, serviceLineId: 'security' }],
      }),
    );
    dataOf(await sup.mutation('surveys.rounds.open', { id: round2.id }));
    dataOf(await sup.mutation('surveys.invite', { roundId: round2.id, audience: 'sample', sampleSize: 1 }));
    const all = await ctx.db
      .select({ payload: schema.outbox.payload })
      .from(schema.outbox)
      .where(eq(schema.outbox.tenantRef, agency.tenant.id));
    const newest = all
      .map((r) => String((r.payload as any).link).split('#')[1]!)
      .filter((t) => !tokens.includes(t));
    expect(newest).toHaveLength(1);
    const fresh = dataOf(await trpcClient(app).mutation('surveys.public.open', { token: newest[0] }));
    expect(fresh.sections[0].questions.map((q: any) => q.code)).toEqual(edited.map((q) => q.code));
  });

  it('invalid input: clear errors in zh-CN and English, never a 500', async () => {
    const { app, tokens } = await openRound(1);
    const zh = await trpcClient(app).mutation('surveys.public.open', { token: 'not-a-token' });
    expect(zh.status).toBe(404);
    expect(zh.body.error.message).toContain('问卷链接无效');
    const en = await trpcClient(app, { locale: 'en' }).mutation('surveys.public.submit', {
      token: tokens[0],
      answers: [
        {
          contractId: '00000000-0000-4000-8000-000000000000',
          serviceLineId: 'security',
          code: 'x',
          value: 9,
        },
      ],
    });
    expect(en.status).toBe(400);
    expect(JSON.stringify(en.body.error.data.fieldErrors)).toContain('belongs to no question');
  });

  it('rate limits the public link per IP (claims from a poster)', async () => {
    const { sup, round, app } = await openRound(1);
    dataOf(await sup.mutation('surveys.enablePoster', { roundId: round.id }));
    const poster = dataOf(await sup.query('surveys.poster', { roundId: round.id }));
    const token = String(poster.link).split('#')[1]!;
    const anon = trpcClient(app, { locale: 'en' });
    const claimed = new Set<string>();
    for (let i = 0; i < 30; i++)
      claimed.add(dataOf(await anon.mutation('surveys.public.claim', { token })).token);
    expect(claimed.size).toBe(30);
    const refused = await anon.mutation('surveys.public.claim', { token });
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/Too many requests/);
    // Each claimed invitation answers once.
    const first = [...claimed][0]!;
    expect(dataOf(await answer(anon, first, { security: 5, catering: 5 }))).toEqual({ status: 'received' });
  });

  it('reminders go to those who have not answered, once per day, with a fresh link', async () => {
    const { agency, sup, round, tokens, anon } = await openRound(3);
    dataOf(await answer(anon, tokens[0]!, { security: 5, catering: 4 }));
    const sent = dataOf(await sup.mutation('surveys.remind', { roundId: round.id }));
    expect(sent).toMatchObject({ sent: 2, alreadySentToday: false });
    expect(dataOf(await sup.mutation('surveys.remind', { roundId: round.id }))).toMatchObject({
      sent: 0,
      alreadySentToday: true,
    });
    const reminded = [...(await sentTokens(ctx.db, agency.tenant.id, 'survey_reminder')).values()];
    expect(reminded).toHaveLength(2);
    expect(dataOf(await anon.mutation('surveys.public.open', { token: reminded[0]! })).state).toBe('ready');
    expect((await anon.mutation('surveys.public.open', { token: tokens[1]! })).status).toBe(404);
  });

  it('a seeded sample is reproducible; service recipients cannot see results; closed rounds take no answers', async () => {
    const { agency, app, sup, round, tokens, anon } = await openRound(4);
    const recipient = trpcClient(app, { cookie: await agency.recipient() });
    expect((await recipient.query('surveys.results', { roundId: round.id })).status).toBe(403);
    dataOf(await sup.mutation('surveys.rounds.close', { id: round.id }));
    expect(dataOf(await anon.mutation('surveys.public.open', { token: tokens[0]! })).state).toBe('not_open');
    const late = await answer(anon, tokens[0]!, { security: 5, catering: 5 });
    expect(late.status).toBe(412);

    const sampled = async () => {
      const r = dataOf(
        await sup.mutation('surveys.rounds.create', {
          period: '2026-Q2',
          title: `抽样${Math.random()}`,
          targets: [{ contractId: agency.security.id, serviceLineId: 'security' }],
        }),
      );
      dataOf(
        await sup.mutation('surveys.invite', { roundId: r.id, audience: 'sample', sampleSize: 2, seed: 42 }),
      );
      const again = dataOf(
        await sup.mutation('surveys.invite', { roundId: r.id, audience: 'sample', sampleSize: 2, seed: 42 }),
      );
      expect(again.created).toBe(0);
      const rows = await ctx.db
        .select({ userId: schema.surveyInvitations.userId })
        .from(schema.surveyInvitations)
        .where(eq(schema.surveyInvitations.roundId, r.id));
      return rows.map((x) => x.userId).sort();
    };
    const a = await sampled();
    expect(a).toHaveLength(2);
    expect(await sampled()).toEqual(a);
  });
});
