import { type Database, schema } from '@steward/db';
import type { SupervisionWorld } from './rectification-fixtures.ts';

const questionnaires = new Map<string, string>();

/**
 * A closed quarterly survey round for the world's contract with `responses` answers, `ratePercent` of them
 * satisfied (4) and the rest neutral (3: not "poor", so the poor-feedback rule stays quiet).
 */
export async function seedQuarter(
  db: Database,
  w: SupervisionWorld,
  period: string,
  ratePercent: number,
  options: { responses?: number; contractId?: string; poor?: boolean } = {},
) {
  const n = options.responses ?? 20;
  let qid = questionnaires.get(w.tenant.id);
  if (!qid) {
    const [q] = await db
      .insert(schema.surveyQuestionnaires)
      .values({
        tenantId: w.tenant.id,
        serviceLineId: 'security',
        version: 1,
        questions: [{ code: 'overall', type: 'satisfaction5', text: { zh: '总体满意度', en: 'Overall' } }],
        source: 'plugin',
      })
      .returning();
    qid = q!.id;
    questionnaires.set(w.tenant.id, qid);
  }
  const [year, q] = [period.slice(0, 4), Number(period.slice(6))];
  const opensOn = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
  const closesOn = `${year}-${String(q * 3).padStart(2, '0')}-20`;
  const [round] = await db
    .insert(schema.surveyRounds)
    .values({
      tenantId: w.tenant.id,
      title: `${period} 满意度测评`,
      period,
      opensOn,
      closesOn,
      status: 'closed',
      closedAt: new Date(`${closesOn}T10:00:00Z`),
    })
    .returning();
  const contractId = options.contractId ?? w.contract.id;
  await db.insert(schema.surveyRoundTargets).values({
    tenantId: w.tenant.id,
    roundId: round!.id,
    contractId,
    serviceLineId: 'security',
    questionnaireId: qid,
  });
  const satisfied = Math.round((n * ratePercent) / 100);
  await db.insert(schema.surveyResponses).values(
    Array.from({ length: n }, (_, i) => ({
      tenantId: w.tenant.id,
      roundId: round!.id,
      submittedOn: closesOn,
      locale: 'zh-CN',
      answers: [
        {
          contractId,
          serviceLineId: 'security',
          code: 'overall',
          type: 'satisfaction5' as const,
          value: i < satisfied ? 4 : options.poor ? 1 : 3,
        },
      ],
    })),
  );
  return round!;
}
