import { generateOneTimeToken } from '@steward/auth';
import { schema } from '@steward/db';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { browserIt, browserSuite } from './browser-suite.ts';
import { seedDatabase } from './seed.ts';
import { browserUrl } from './sign-in.ts';

// Issue 6, item 3: a service recipient answers the quarterly survey on a phone from the link in their
// message — one question per card, big faces — sees the thank-you, and the link then says "already
// answered"; a poster's QR link hands this phone its own one-time answer sheet.

let links: { invitation: string; poster: string };

function shanghaiDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/** An open round on one security contract with a two-language questionnaire, one invitation and a poster. */
async function seedRound(dir: string) {
  await seedDatabase(dir, async (db) => {
    const [tenant] = await db
      .insert(schema.tenants)
      .values({ name: '测评测试局', settings: { mfaRequiredRoles: [] } })
      .returning();
    const tenantId = tenant!.id;
    const [vendor] = await db
      .insert(schema.vendors)
      .values({ tenantId, legalName: '示范市安达保安服务有限公司', creditCode: '91310000MA1FL8XQ37' })
      .returning();
    const [contract] = await db
      .insert(schema.contracts)
      .values({
        tenantId,
        code: 'HT-2026-01',
        title: '安保服务合同',
        vendorId: vendor!.id,
        serviceLineIds: ['security'],
        siteIds: [],
        startsOn: shanghaiDate(-60),
        endsOn: shanghaiDate(700),
        priceFen: 100_000_000,
        depositKind: 'amount',
        depositFen: 1_000_000,
      })
      .returning();
    const [questionnaire] = await db
      .insert(schema.surveyQuestionnaires)
      .values({
        tenantId,
        serviceLineId: 'security',
        version: 1,
        source: 'tenant',
        questions: [
          {
            code: 'q.gate',
            type: 'satisfaction5',
            text: { zh: '门岗值守是否到位', en: 'Are the gates well staffed?' },
          },
          {
            code: 'q.patrol',
            type: 'satisfaction5',
            text: { zh: '巡逻是否及时', en: 'Are patrols on time?' },
          },
          {
            code: 'q.incident',
            type: 'yesno',
            text: { zh: '本季度是否遇到安全问题', en: 'Any security problem?' },
          },
          { code: 'q.comments', type: 'text', text: { zh: '意见和建议', en: 'Comments' } },
        ],
      })
      .returning();
    const poster = generateOneTimeToken().token;
    const [round] = await db
      .insert(schema.surveyRounds)
      .values({
        tenantId,
        title: '第一季度后勤服务满意度测评',
        period: '2026-Q1',
        opensOn: shanghaiDate(-1),
        closesOn: shanghaiDate(10),
        status: 'open',
        audience: 'all',
        posterToken: poster,
        posterEnabled: true,
      })
      .returning();
    await db.insert(schema.surveyRoundTargets).values({
      tenantId,
      roundId: round!.id,
      contractId: contract!.id,
      serviceLineId: 'security',
      questionnaireId: questionnaire!.id,
    });
    const { token, tokenHash } = generateOneTimeToken();
    await db
      .insert(schema.surveyInvitations)
      .values({ tenantId, roundId: round!.id, kind: 'member', tokenHash });
    links = { invitation: `${tenantId}.${token}`, poster: `p.${tenantId}.${poster}` };
  });
}

const suite = browserSuite({ name: 'survey', seed: seedRound });

async function phone(): Promise<Page> {
  const context = await suite.browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}

browserIt(
  '[browser] a recipient answers the survey on a phone from its link; the link then shows "already answered"; a poster link gives a phone its own answer sheet',
  async () => {
    const base = browserUrl(suite.server.baseUrl);
    const page = await phone();
    await page.goto(`${base}/survey#${links.invitation}`);
    await page.getByTestId('survey-start').click();

    // One question per card; tapping a face moves on.
    const question = page.getByTestId('survey-question');
    await expect.poll(() => question.textContent()).toContain('门岗值守是否到位');
    expect(await page.getByTestId('survey-question').count()).toBe(1);
    await question.locator('button[data-score="5"]').tap();
    await expect.poll(() => question.textContent()).toContain('巡逻是否及时');

    // The language switch applies at once, also to the questions.
    await page.getByTestId('language-switch').selectOption('en');
    await expect.poll(() => question.textContent()).toContain('Are patrols on time?');
    await question.locator('button[data-score="4"]').tap();
    await page.getByTestId('language-switch').selectOption('zh-CN');
    await expect.poll(() => question.textContent()).toContain('本季度是否遇到安全问题');
    await question.getByRole('button', { name: '否' }).tap();
    await question.locator('textarea').fill('夜班巡逻可以再加强');
    await page.getByTestId('survey-next').tap();
    await page.getByTestId('survey-submit').tap();
    const done = page.getByTestId('survey-done');
    await expect.poll(() => done.getAttribute('data-state')).toBe('received');
    expect(await done.textContent()).toContain('提交成功');

    // The same link again: already answered, never a second form.
    await page.reload();
    await expect
      .poll(() => page.getByTestId('survey-done').getAttribute('data-state'))
      .toBe('already_received');
    expect(await page.getByTestId('survey-done').textContent()).toContain('您已经提交过本问卷');
    expect(await page.getByTestId('survey-start').count()).toBe(0);

    // A poster's QR link: this phone gets its own invitation and keeps it across a reload.
    const other = await phone();
    await other.goto(`${base}/survey#${links.poster}`);
    await other.getByTestId('survey-start').waitFor();
    const kept = await other.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('steward.survey.poster.')),
    );
    expect(kept).toHaveLength(1);
    await other.reload();
    await other.getByTestId('survey-start').waitFor();
  },
  120_000,
);
