import { toLocal } from '@steward/core';
import { z } from 'zod';
import { complaintFields, receiveComplaint } from '../../services/complaints/intake.ts';
import * as meetings from '../../services/complaints/meetings.ts';
import { router } from '../init.ts';
import { tenantProcedure } from '../procedures.ts';
import { complaintCtx } from './complaint-ctx.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date');
const id = z.uuid();

/** 联席办公会 (R8): agenda from the most reported problems, minutes, decisions as tracked actions. */
export const meetingsRouter = router({
  list: tenantProcedure('meetings.read').query(({ ctx }) => meetings.listMeetings(complaintCtx(ctx))),

  get: tenantProcedure('meetings.read')
    .input(z.object({ id }))
    .query(({ ctx, input }) =>
      meetings.meetingDetail(
        complaintCtx(ctx),
        input.id,
        toLocal(ctx.now.getTime(), ctx.tenant.timeZone).date,
      ),
    ),

  proposeAgenda: tenantProcedure('meetings.read')
    .input(z.object({ from: isoDate, to: isoDate }))
    .query(({ ctx, input }) => meetings.proposeAgenda(complaintCtx(ctx), input)),

  create: tenantProcedure('meetings.manage')
    .input(
      z.object({
        title: z.string().trim().min(2).max(100),
        heldOn: isoDate,
        periodFrom: isoDate,
        periodTo: isoDate,
        attendees: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const row = await meetings.createMeeting(complaintCtx(ctx), input);
      return { id: row.id };
    }),

  update: tenantProcedure('meetings.manage')
    .input(
      z.object({
        id,
        minutes: z.string().max(20_000).optional(),
        attendees: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
        held: z.boolean().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const row = await meetings.updateMeeting(complaintCtx(ctx), input);
      return { id: row.id, status: row.status };
    }),

  /** An item raised at the meeting enters the complaint workflow like any other (channel joint_meeting). */
  raise: tenantProcedure('meetings.manage')
    .input(complaintFields.extend({ meetingId: id }))
    .mutation(({ ctx, input }) =>
      receiveComplaint(complaintCtx(ctx), { ...input, channel: 'joint_meeting', anonymous: true }),
    ),

  addAction: tenantProcedure('meetings.manage')
    .input(
      z.object({
        meetingId: id,
        title: z.string().trim().min(2).max(300),
        ownerUserId: z.uuid().nullable().default(null),
        ownerName: z.string().trim().max(60).default(''),
        dueOn: isoDate,
        complaintId: z.uuid().nullable().default(null),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const row = await meetings.addAction(complaintCtx(ctx), input);
      return { id: row.id };
    }),

  setActionStatus: tenantProcedure('meetings.manage')
    .input(
      z.object({
        id,
        status: z.enum(['open', 'done', 'cancelled']),
        note: z.string().trim().max(1000).default(''),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const row = await meetings.setActionStatus(complaintCtx(ctx), input);
      return { id: row.id, status: row.status };
    }),
});
