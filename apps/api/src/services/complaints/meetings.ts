import {
  addDays,
  daysBetween,
  fromLocal,
  NotFoundError,
  PreconditionError,
  ValidationError,
} from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, asc, desc, eq, gte, lt } from 'drizzle-orm';
import { buildAgenda, trendOf } from './agenda.ts';
import { categoryLabel, loadCategories } from './categories.ts';
import type { ComplaintCtx } from './context.ts';

const { complaints, jointMeetings, meetingActions, sites, users } = schema;

async function periodRows(ctx: ComplaintCtx, from: string, to: string) {
  const tz = ctx.tenant.timeZone;
  // The period before has the same length, so the trend compares like with like.
  const length = daysBetween(from, to) + 1;
  const start = new Date(fromLocal(addDays(from, -length), 0, tz));
  const middle = new Date(fromLocal(from, 0, tz));
  const end = new Date(fromLocal(addDays(to, 1), 0, tz));
  const rows = await ctx.tx
    .select({
      serviceLineId: complaints.serviceLineId,
      category: complaints.category,
      siteId: complaints.siteId,
      receivedAt: complaints.receivedAt,
      status: complaints.status,
    })
    .from(complaints)
    .where(
      and(
        tenantFilter(complaints.tenantId, ctx.tenantId),
        gte(complaints.receivedAt, start),
        lt(complaints.receivedAt, end),
      ),
    );
  // Rejected complaints (spam, out of scope) do not make the agenda.
  return rows.filter((r) => r.status !== 'rejected').map((r) => ({ ...r, current: r.receivedAt >= middle }));
}

/** The agenda proposed for a period, with labels for the screen. */
export async function proposeAgenda(ctx: ComplaintCtx, input: { from: string; to: string }) {
  if (input.to < input.from) throw new ValidationError({ to: ['complaint.period_reversed'] });
  const items = buildAgenda(await periodRows(ctx, input.from, input.to));
  return labelAgenda(ctx, items);
}

async function labelAgenda(ctx: ComplaintCtx, items: ReturnType<typeof buildAgenda>) {
  const categories = await loadCategories(ctx);
  const siteRows = await ctx.tx
    .select({ id: sites.id, name: sites.name })
    .from(sites)
    .where(tenantFilter(sites.tenantId, ctx.tenantId));
  return items.map((i) => {
    const { zh, en } = categoryLabel(categories, i.category);
    return {
      ...i,
      categoryLabel: { zh, en },
      site: siteRows.find((s) => s.id === i.siteId)?.name ?? null,
      trend: trendOf(i),
    };
  });
}

export async function createMeeting(
  ctx: ComplaintCtx,
  input: { title: string; heldOn: string; periodFrom: string; periodTo: string; attendees: string[] },
) {
  if (input.periodTo < input.periodFrom)
    throw new ValidationError({ periodTo: ['complaint.period_reversed'] });
  const agenda = buildAgenda(await periodRows(ctx, input.periodFrom, input.periodTo));
  const [row] = await ctx.tx
    .insert(jointMeetings)
    .values({
      ...input,
      tenantId: ctx.tenantId,
      agenda,
      createdBy: ctx.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  await ctx.audit({
    action: 'meeting.create',
    entity: 'joint_meeting',
    entityId: row!.id,
    after: { ...input, agenda },
  });
  return row!;
}

async function loadMeeting(ctx: ComplaintCtx, id: string) {
  const [row] = await ctx.tx
    .select()
    .from(jointMeetings)
    .where(and(tenantFilter(jointMeetings.tenantId, ctx.tenantId), eq(jointMeetings.id, id)));
  if (!row) throw new NotFoundError();
  return row;
}

/** Minutes, attendees and status; a held meeting's minutes are the record and stay editable only by notes. */
export async function updateMeeting(
  ctx: ComplaintCtx,
  input: {
    id: string;
    minutes?: string | undefined;
    attendees?: string[] | undefined;
    held?: boolean | undefined;
  },
) {
  const before = await loadMeeting(ctx, input.id);
  const [after] = await ctx.tx
    .update(jointMeetings)
    .set({
      ...(input.minutes === undefined ? {} : { minutes: input.minutes }),
      ...(input.attendees === undefined ? {} : { attendees: input.attendees }),
      ...(input.held === undefined ? {} : { status: input.held ? 'held' : 'planned' }),
      updatedAt: ctx.now,
    })
    .where(and(tenantFilter(jointMeetings.tenantId, ctx.tenantId), eq(jointMeetings.id, input.id)))
    .returning();
  await ctx.audit({
    action: 'meeting.update',
    entity: 'joint_meeting',
    entityId: input.id,
    before: { minutes: before.minutes, attendees: before.attendees, status: before.status },
    after: { minutes: after!.minutes, attendees: after!.attendees, status: after!.status },
  });
  return after!;
}

export async function listMeetings(ctx: ComplaintCtx) {
  const rows = await ctx.tx
    .select()
    .from(jointMeetings)
    .where(tenantFilter(jointMeetings.tenantId, ctx.tenantId))
    .orderBy(desc(jointMeetings.heldOn));
  const actions = await ctx.tx
    .select({
      meetingId: meetingActions.meetingId,
      status: meetingActions.status,
      dueOn: meetingActions.dueOn,
    })
    .from(meetingActions)
    .where(tenantFilter(meetingActions.tenantId, ctx.tenantId));
  return rows.map((m) => {
    const own = actions.filter((a) => a.meetingId === m.id);
    return {
      id: m.id,
      title: m.title,
      heldOn: m.heldOn,
      periodFrom: m.periodFrom,
      periodTo: m.periodTo,
      status: m.status,
      agendaItems: m.agenda.length,
      actions: own.length,
      openActions: own.filter((a) => a.status === 'open').length,
    };
  });
}

export async function meetingDetail(ctx: ComplaintCtx, id: string, today: string) {
  const m = await loadMeeting(ctx, id);
  const actions = await ctx.tx
    .select({ a: meetingActions, owner: users.displayName })
    .from(meetingActions)
    .leftJoin(users, eq(users.id, meetingActions.ownerUserId))
    .where(and(tenantFilter(meetingActions.tenantId, ctx.tenantId), eq(meetingActions.meetingId, id)))
    .orderBy(asc(meetingActions.dueOn), asc(meetingActions.createdAt));
  const raised = await ctx.tx
    .select({
      id: complaints.id,
      trackingCode: complaints.trackingCode,
      status: complaints.status,
      description: complaints.description,
    })
    .from(complaints)
    .where(and(tenantFilter(complaints.tenantId, ctx.tenantId), eq(complaints.meetingId, id)));
  return {
    ...m,
    createdAt: m.createdAt.getTime(),
    updatedAt: m.updatedAt.getTime(),
    agenda: await labelAgenda(ctx, m.agenda),
    actions: actions.map(({ a, owner }) => ({
      id: a.id,
      title: a.title,
      ownerUserId: a.ownerUserId,
      owner: owner ?? a.ownerName,
      dueOn: a.dueOn,
      status: a.status,
      overdue: a.status === 'open' && a.dueOn < today,
      complaintId: a.complaintId,
      doneAt: a.doneAt?.getTime() ?? null,
      doneNote: a.doneNote,
    })),
    raised: raised.map((r) => ({ ...r, summary: r.description.slice(0, 80) })),
  };
}

/** A decision of the meeting becomes an action with an owner and a due date. */
export async function addAction(
  ctx: ComplaintCtx,
  input: {
    meetingId: string;
    title: string;
    ownerUserId: string | null;
    ownerName: string;
    dueOn: string;
    complaintId: string | null;
  },
) {
  await loadMeeting(ctx, input.meetingId);
  if (!input.ownerUserId && !input.ownerName.trim())
    throw new ValidationError({ ownerName: ['validation.required'] });
  if (input.complaintId) {
    const [c] = await ctx.tx
      .select({ id: complaints.id })
      .from(complaints)
      .where(and(tenantFilter(complaints.tenantId, ctx.tenantId), eq(complaints.id, input.complaintId)));
    if (!c) throw new ValidationError({ complaintId: ['complaint.unknown'] });
  }
  const [row] = await ctx.tx
    .insert(meetingActions)
    .values({ ...input, tenantId: ctx.tenantId, createdBy: ctx.userId, createdAt: ctx.now })
    .returning();
  await ctx.audit({
    action: 'meeting.action_add',
    entity: 'meeting_action',
    entityId: row!.id,
    after: input,
  });
  return row!;
}

export async function setActionStatus(
  ctx: ComplaintCtx,
  input: { id: string; status: 'open' | 'done' | 'cancelled'; note: string },
) {
  const where = and(tenantFilter(meetingActions.tenantId, ctx.tenantId), eq(meetingActions.id, input.id));
  const [before] = await ctx.tx.select().from(meetingActions).where(where);
  if (!before) throw new NotFoundError();
  if (before.status === input.status) throw new PreconditionError('complaint.action_unchanged');
  const [after] = await ctx.tx
    .update(meetingActions)
    .set({
      status: input.status,
      doneAt: input.status === 'done' ? ctx.now : null,
      doneNote: input.note || null,
    })
    .where(where)
    .returning();
  await ctx.audit({
    action: 'meeting.action_status',
    entity: 'meeting_action',
    entityId: input.id,
    before: { status: before.status },
    after: { status: after!.status, note: input.note },
  });
  return after!;
}
