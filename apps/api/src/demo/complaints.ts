import { addDays, localDate } from '@steward/core';
import { appendAudit, type Database } from '@steward/db';
import type { BlobStore } from '../blob/blob-store.ts';
import { installedPlugins } from '../plugins.ts';
import type { ComplaintCtx } from '../services/complaints/context.ts';
import { ensureForm } from '../services/complaints/forms.ts';
import { type Channel, receiveComplaint } from '../services/complaints/intake.ts';
import { addAction, createMeeting, setActionStatus, updateMeeting } from '../services/complaints/meetings.ts';
import { loadComplaint, transition } from '../services/complaints/store.ts';
import * as flow from '../services/complaints/workflow.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;

// The demo stores no photos: its complaints carry text only.
const noBlobs: BlobStore = {
  put: async () => undefined,
  get: async () => null,
  delete: async () => undefined,
};

type Step = (at: (daysAgo: number, hour?: number) => ComplaintCtx, id: string) => Promise<unknown>;

/**
 * Complaints in every state across the four channels (received, overdue, waiting on the reporter,
 * investigating, correcting, verifying, confirming, closed, rejected, reopened), and last month's joint
 * meeting with its minutes and actions. Each step runs through the same service functions as the API,
 * at its own time in the past, so every clock and timeline is what real use would have produced.
 */
export async function seedDemoComplaints(
  tx: Database,
  input: {
    tenantId: string;
    people: Record<string, string>;
    sites: { id: string; code: string }[];
    now: Date;
  },
) {
  const { tenantId, people, now } = input;
  const tenant = { timeZone: 'Asia/Shanghai', settings: {} };
  const plugins = installedPlugins();
  const ctxAt = (when: Date, userId: string | null): ComplaintCtx => ({
    tx,
    tenantId,
    tenant,
    now: when,
    userId,
    plugins,
    blobs: noBlobs,
    audit: async (event) => {
      await appendAudit(tx, { tenantId, userId }, when, event);
    },
  });
  // Working hours of past days, so clocks look like a real office's.
  const time = (daysAgo: number, hour = 10) =>
    new Date(
      Math.min(now.getTime(), now.getTime() - daysAgo * DAY - (now.getTime() % DAY) + (hour - 8) * HOUR),
    );
  const staff = (daysAgo: number, hour?: number) => ctxAt(time(daysAgo, hour), people.supervisor ?? null);
  const vendor = (daysAgo: number, hour?: number) => ctxAt(time(daysAgo, hour), people.contractor ?? null);
  const jg = input.sites.find((s) => s.code === 'JG')?.id ?? null;
  const xz = input.sites.find((s) => s.code === 'XZ')?.id ?? null;
  await ensureForm(ctxAt(now, null));

  const today = localDate(now.getTime(), 'Asia/Shanghai');
  const meeting = await createMeeting(staff(3, 15), {
    title: '后勤服务联席办公会（本月）',
    heldOn: addDays(today, -3),
    periodFrom: addDays(today, -33),
    periodTo: addDays(today, -4),
    attendees: ['机关事务管理局 赵局长', '办公室', '后勤服务中心', '物业总承包项目经理'],
  });

  let n = 0;
  const file = async (
    daysAgo: number,
    channel: Channel,
    fields: { siteId: string | null; category: string; location: string; description: string },
    reporter: { name?: string; phone?: string } = {},
    steps: Step[] = [],
  ) => {
    const by =
      channel === 'web'
        ? null
        : channel === 'liaison'
          ? (people.liaison ?? null)
          : (people.supervisor ?? null);
    const named = Boolean(reporter.name || reporter.phone);
    const { id } = await receiveComplaint(ctxAt(time(daysAgo, 9), by), {
      submissionId: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
      channel,
      anonymous: !named,
      reporterName: reporter.name ?? null,
      reporterPhone: reporter.phone ?? null,
      reporterUserId: channel === 'liaison' ? (people.liaison ?? null) : null,
      meetingId: channel === 'joint_meeting' ? meeting.id : null,
      ...fields,
    });
    for (const step of steps) await step((d, h) => staff(d, h), id);
    return id;
  };
  const accept: (d: number) => Step = (d) => (_, id) =>
    flow.accept(staff(d, 11), { id, note: '已受理，转监管员调查' });
  const evidence: (d: number, note: string) => Step = (d, note) => (_, id) =>
    flow.addEvidence(staff(d, 14), { id, note }, []);
  const decide: (d: number, person: string, dueOn?: string) => Step = (d, person, dueOn) => (_, id) =>
    flow.decide(staff(d, 16), {
      id,
      substantiated: true,
      finding: '经现场核实和调取记录，投诉属实。',
      publicNote: '经调查投诉属实，已责令服务企业限期整改。',
      severity: 'general',
      responsiblePerson: person,
      ...(dueOn ? { correctionDueOn: dueOn } : {}),
    });
  const respond: (d: number) => Step = (d) => (_, id) =>
    flow.respond(vendor(d, 15), { id, note: '已整改并组织员工培训。' }, []);
  const verify: (d: number, fixed: boolean) => Step = (d, fixed) => (_, id) =>
    flow.verify(staff(d, 16), { id, fixed, note: fixed ? '现场复查合格。' : '复查仍未达标。' }, []);

  // 待受理: just in, and one left overdue.
  await file(0, 'web', {
    siteId: jg,
    category: 'catering',
    location: '1楼职工食堂',
    description: '今天午餐的青菜没有洗干净，有泥沙。',
  });
  await file(
    4,
    'hotline',
    {
      siteId: xz,
      category: 'elevator',
      location: '2号电梯',
      description: '2号电梯运行时有异响，已经持续两天。',
    },
    { name: '刘先生', phone: '13800001111' },
  );
  // 调查取证中, waiting on the reporter.
  await file(
    2,
    'web',
    {
      siteId: jg,
      category: 'conference-cleaning',
      location: '5楼会议室',
      description: '会议室茶杯有茶渍，会前没有清洗。',
    },
    { name: '陈女士' },
    [accept(2), async (_, id) => flow.pause(staff(1, 10), { id, question: '请问是哪一天、哪一场会议？' })],
  );
  // 调查取证中, from a liaison officer.
  await file(
    3,
    'liaison',
    {
      siteId: jg,
      category: 'fire',
      location: '3楼东侧消防通道',
      description: '消防通道堆放了纸箱，影响通行。',
    },
    {},
    [accept(3), evidence(2, '现场查看属实，物业已拍照留存。')],
  );
  // 整改中 (security: the demo contractor's own), and one overdue.
  await file(
    5,
    'hotline',
    { siteId: xz, category: 'security', location: '北门岗亭', description: '夜间北门岗亭无人值守。' },
    { phone: '13900002222' },
    [accept(5), evidence(4, '调取监控，23:10–23:50 岗亭无人。'), decide(2, '北门夜班保安员')],
  );
  await file(
    12,
    'liaison',
    { siteId: jg, category: 'security', location: '地下车库入口', description: '外来车辆未登记即放行。' },
    {},
    [accept(12), decide(10, '车库岗保安员', addDays(today, -6))],
  );
  // 待复查: the vendor reported its correction.
  await file(
    8,
    'web',
    {
      siteId: xz,
      category: 'conference-cleaning',
      location: '1楼卫生间',
      description: '卫生间纸巾经常断供。',
    },
    {},
    [accept(8), decide(6, '保洁主管'), respond(1)],
  );
  // 待投诉人确认: raised at the joint meeting, corrected and verified.
  await file(
    3,
    'joint_meeting',
    {
      siteId: jg,
      category: 'catering',
      location: '职工食堂',
      description: '多个部门反映食堂菜品品种少、口味单一。',
    },
    {},
    [accept(3), decide(3, '食堂经理'), respond(2), verify(1, true)],
  );
  // 已办结: the reporter confirmed it fixed; one not substantiated.
  const fixed = await file(
    20,
    'web',
    { siteId: jg, category: 'catering', location: '职工食堂', description: '早餐供应结束时间早于公示时间。' },
    { name: '黄先生' },
    [accept(20), decide(18, '食堂早班领班'), respond(16), verify(15, true)],
  );
  const row = await loadComplaint(staff(14), fixed);
  await transition(
    ctxAt(time(14, 12), null),
    row,
    { status: 'closed', closedAt: time(14, 12), reporterFeedback: 'fixed' },
    { kind: 'reporter_confirmed', actorKind: 'reporter' },
  );
  await file(
    15,
    'hotline',
    { siteId: xz, category: 'security', location: '大厅', description: '保安对来访群众态度生硬。' },
    { name: '匿名来电' },
    [
      accept(15),
      async (_, id) =>
        flow.decide(staff(13, 16), {
          id,
          substantiated: false,
          finding: '调取录音录像，保安用语规范，未发现态度问题。',
          publicNote: '经调查，未发现服务人员态度问题，感谢您的监督。',
          severity: 'general',
        }),
    ],
  );
  // 不予受理.
  await file(
    6,
    'web',
    { siteId: null, category: 'other', location: '', description: '希望单位增加停车位。' },
    {},
    [async (_, id) => flow.reject(staff(6, 11), { id, reason: '不属于外包服务监管范围，已转办公室研究。' })],
  );
  // Reopened: verified fixed, the reporter said it was not, back in correction.
  await file(
    10,
    'web',
    { siteId: jg, category: 'conference-cleaning', location: '7楼走廊', description: '走廊地面长期有污渍。' },
    { phone: '13700003333' },
    [
      accept(10),
      decide(9, '7楼保洁员'),
      respond(7),
      verify(6, true),
      async (_, id) =>
        flow.reopen(ctxAt(time(5, 19), null), await loadComplaint(staff(5), id), '地面还是有污渍。', true),
    ],
  );

  await updateMeeting(staff(3, 17), {
    id: meeting.id,
    held: true,
    minutes:
      '一、通报本期投诉情况：餐饮和保洁问题反映较多。\n二、会议决定：餐饮公司一周内提交菜品改进方案；物业总承包每周抽查会议室茶具清洁。\n三、下次会议前通报整改情况。',
  });
  await addAction(staff(3, 17), {
    meetingId: meeting.id,
    title: '餐饮公司一周内提交菜品改进方案',
    ownerUserId: people.supervisor ?? null,
    ownerName: '',
    dueOn: addDays(today, 4),
    complaintId: null,
  });
  const weekly = await addAction(staff(3, 17), {
    meetingId: meeting.id,
    title: '物业总承包每周抽查会议室茶具清洁并报监管员',
    ownerUserId: null,
    ownerName: '物业总承包项目部',
    dueOn: addDays(today, -1),
    complaintId: null,
  });
  await setActionStatus(staff(1, 15), { id: weekly.id, status: 'done', note: '首次抽查已完成。' });
  const count = n;
  await appendAudit(tx, { tenantId, userId: null }, now, {
    action: 'demo.seed.complaints',
    entity: 'tenant',
    entityId: tenantId,
    after: { complaints: count, meetings: 1 },
    actorKind: 'system',
  });
  return { complaints: count, meetingId: meeting.id };
}
