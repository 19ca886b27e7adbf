import { addDays, addMonths, fromLocal, type IsoDate } from '@steward/core';
import type { schema } from '@steward/db';
import type { PluginRegistry } from '@steward/plugin-sdk';
import type { Rng } from './random.ts';
import type { TenantBase } from './tenant.ts';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

const HOUR = 3_600_000;
const DAY = 86_400_000;
const BASE32 = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** What people write about each line, picked by the day (not the PRNG, so the other rows stay as they were). */
const DESCRIPTIONS: Record<string, string[]> = {
  security: [
    '来访人员未登记即放行',
    '夜间巡逻记录与实际不符',
    '门岗保安在岗玩手机',
    '车库道闸长时间无人值守',
  ],
  'conference-cleaning': ['会议室茶具未清洗', '卫生间纸巾断供', '走廊地面有污渍', '会后会场未及时清理'],
  catering: ['午餐菜品偏咸、品种少', '餐具有油渍', '早餐供应提前结束', '餐厅地面湿滑无提示'],
  elevator: ['电梯运行有异响', '电梯按钮失灵', '电梯轿厢照明不亮', '电梯停靠不平层'],
  fire: ['消防通道堆放杂物', '灭火器过期未更换', '应急照明灯不亮', '安全出口指示牌损坏'],
};

export interface PublicRows {
  complaints: Insert<typeof schema.complaints>[];
  events: Insert<typeof schema.complaintEvents>[];
}

/**
 * A tenant-month of complaints, two per site: routed to the contract whose line they name, settled when
 * old (closed, some unfounded, some rejected), in every open state when recent.
 */
export function complaintsOfMonth(
  base: TenantBase,
  rng: Rng,
  rows: PublicRows,
  input: { month: string; asOf: IsoDate; timeZone: string },
) {
  const asOfMs = fromLocal(input.asOf, 18 * HOUR, input.timeZone);
  for (const siteId of base.siteIds) {
    for (let n = 0; n < 2; n++) {
      const day = addDays(`${input.month}-01`, rng.int(0, 27));
      if (day > input.asOf) continue;
      const contract = rng.pick(base.contracts.filter((c) => c.siteIds.includes(siteId)));
      if (!contract) continue;
      const id = rng.uuid();
      const receivedAt = new Date(fromLocal(day, rng.int(8, 20) * HOUR, input.timeZone));
      const age = asOfMs - receivedAt.getTime();
      const status =
        age < 10 * DAY
          ? rng.pick(['received', 'investigating', 'correcting', 'verifying', 'confirming'])
          : rng.chance(0.1)
            ? 'rejected'
            : 'closed';
      const accepted = status !== 'received' && status !== 'rejected';
      const acceptedAt = accepted ? new Date(receivedAt.getTime() + 2 * HOUR) : null;
      const decided = ['correcting', 'verifying', 'confirming', 'closed'].includes(status);
      const substantiated = decided ? rng.chance(0.7) : null;
      const decidedAt = decided ? new Date(receivedAt.getTime() + DAY) : null;
      const closedAt =
        status === 'closed' || status === 'rejected' ? new Date(receivedAt.getTime() + 4 * DAY) : null;
      const channel = rng.pick(['web', 'web', 'hotline', 'liaison']);
      rows.complaints.push({
        id,
        tenantId: base.tenantId,
        trackingCode: Array.from({ length: 12 }, () => rng.pick([...BASE32])).join(''),
        submissionId: rng.uuid(),
        channel,
        anonymous: channel === 'web',
        recordedBy: channel === 'web' ? null : base.people.liaison!,
        siteId,
        location: `${rng.int(1, 12)}楼`,
        category: contract.serviceLineId,
        description:
          DESCRIPTIONS[contract.serviceLineId]?.[Number(day.slice(8)) % 4] ?? '服务不到位，请尽快处理',
        suggestedContractId: contract.id,
        suggestedServiceLineId: contract.serviceLineId,
        contractId: contract.id,
        serviceLineId: contract.serviceLineId,
        vendorId: contract.vendorId,
        status,
        receivedAt,
        acceptedAt,
        decidedAt,
        correctionDueAt: decidedAt ? new Date(decidedAt.getTime() + 3 * DAY) : null,
        correctionStartedAt: decidedAt,
        closedAt,
        rejectReason: status === 'rejected' ? '不属于服务范围' : null,
        substantiated,
        responsibleVendorId: substantiated ? contract.vendorId : null,
        deductionCenti: substantiated ? 100 : null,
        scoreMonth: substantiated ? input.month : null,
        createdAt: receivedAt,
        updatedAt: closedAt ?? decidedAt ?? acceptedAt ?? receivedAt,
      });
      const event = (kind: string, at: Date, actor: string | null) =>
        rows.events.push({
          id: rng.uuid(),
          tenantId: base.tenantId,
          complaintId: id,
          kind,
          at,
          actorUserId: actor,
          actorKind: actor ? 'staff' : 'reporter',
        });
      event('received', receivedAt, null);
      if (acceptedAt) event('accepted', acceptedAt, base.people.supervisor!);
      if (decidedAt) event('decided', decidedAt, base.people.supervisor!);
      if (closedAt) event(status, closedAt, base.people.supervisor!);
    }
  }
}

/**
 * Quarterly survey rounds over every contract's line: the plugin's questionnaire (version 1), closed
 * rounds for past quarters and the current one open, each target with a handful of anonymous responses.
 */
export function surveysOf(
  base: TenantBase,
  rng: Rng,
  registry: PluginRegistry,
  input: { from: IsoDate; asOf: IsoDate; createdAt: Date },
) {
  const questionnaires: Insert<typeof schema.surveyQuestionnaires>[] = [];
  const byLine = new Map<string, { id: string; questions: { code: string; type: string }[] }>();
  for (const line of new Set(base.contracts.map((c) => c.serviceLineId))) {
    const plugin = registry.get(line)?.plugin;
    if (!plugin?.survey) continue;
    const id = rng.uuid();
    const questions = plugin.survey.questions.map((q) => ({ code: q.code, type: q.type, text: q.text }));
    questionnaires.push({
      id,
      tenantId: base.tenantId,
      serviceLineId: line,
      version: 1,
      questions,
      source: 'plugin',
      pluginVersion: plugin.version,
      createdAt: input.createdAt,
    });
    byLine.set(line, { id, questions });
  }
  const rounds: Insert<typeof schema.surveyRounds>[] = [];
  const targets: Insert<typeof schema.surveyRoundTargets>[] = [];
  const responses: Insert<typeof schema.surveyResponses>[] = [];
  // Quarters whose last month lies within the history.
  for (let m = input.from.slice(0, 7); `${m}-01` <= input.asOf; m = addMonths(`${m}-01`, 1).slice(0, 7)) {
    const month = Number(m.slice(5, 7));
    if (month % 3 !== 0) continue;
    const opensOn = `${m}-01`;
    const closesOn = addDays(addMonths(opensOn, 1), -1);
    const open = closesOn >= input.asOf;
    const roundId = rng.uuid();
    const period = `${m.slice(0, 4)}-Q${month / 3}`;
    rounds.push({
      id: roundId,
      tenantId: base.tenantId,
      title: `${period} 服务满意度征求意见`,
      period,
      opensOn,
      closesOn,
      status: open ? 'open' : 'closed',
      audience: 'all',
      createdBy: base.people.admin!,
      createdAt: new Date(fromLocal(opensOn, 9 * HOUR, 'Asia/Shanghai')),
      openedAt: new Date(fromLocal(opensOn, 9 * HOUR, 'Asia/Shanghai')),
      closedAt: open ? null : new Date(fromLocal(closesOn, 18 * HOUR, 'Asia/Shanghai')),
    });
    for (const contract of base.contracts) {
      const q = byLine.get(contract.serviceLineId);
      if (!q) continue;
      targets.push({
        id: rng.uuid(),
        tenantId: base.tenantId,
        roundId,
        contractId: contract.id,
        serviceLineId: contract.serviceLineId,
        questionnaireId: q.id,
      });
      for (let n = 0; n < 6; n++) {
        const day = addDays(opensOn, rng.int(0, 20));
        if (day > input.asOf) continue;
        responses.push({
          id: rng.uuid(),
          tenantId: base.tenantId,
          roundId,
          submittedOn: day,
          locale: 'zh-CN',
          answers: q.questions.map((question) => ({
            contractId: contract.id,
            serviceLineId: contract.serviceLineId,
            code: question.code,
            type: question.type as 'satisfaction5' | 'yesno' | 'text',
            value:
              question.type === 'satisfaction5'
                ? rng.pick([3, 4, 4, 5, 5, 5, 2])
                : question.type === 'yesno'
                  ? rng.chance(0.85)
                  : null,
          })),
        });
      }
    }
  }
  return { questionnaires, rounds, targets, responses };
}
