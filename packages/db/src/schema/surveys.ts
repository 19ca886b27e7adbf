import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { contracts } from './contracts.ts';
import { tenants } from './tenants.ts';
import { users } from './users.ts';

/** One question of a questionnaire, texts in both languages. */
export interface SurveyQuestionDef {
  code: string;
  type: 'satisfaction5' | 'yesno' | 'text';
  text: { zh: string; en: string };
}

/** One answer of an anonymous response (see `SurveyAnswer` in @steward/core). */
export interface SurveyAnswerRow {
  contractId: string;
  serviceLineId: string;
  code: string;
  type: 'satisfaction5' | 'yesno' | 'text';
  value: number | boolean | string | null;
}

/**
 * 意见征求表 (R8): the tenant's questionnaire for one service line, versioned. Version 1 copies the plugin's
 * default; every edit adds a version, rows never change, and a round points at the versions it asked.
 */
export const surveyQuestionnaires = pgTable(
  'survey_questionnaires',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    serviceLineId: text().notNull(),
    version: integer().notNull(),
    questions: jsonb().$type<SurveyQuestionDef[]>().notNull(),
    /** 'plugin' (the line's default, unchanged) | 'tenant' (edited) */
    source: text().notNull(),
    pluginVersion: text(),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('survey_questionnaires_version_key').on(t.tenantId, t.serviceLineId, t.version)],
);

/**
 * A survey round (quarterly by default, R14). The poster token is printed on a public wall, so it is kept
 * readable for reprints; it only lets a device ask for a one-time invitation, under rate limits and a cap.
 */
export const surveyRounds = pgTable(
  'survey_rounds',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    /** 'YYYY-Qn' */
    period: text().notNull(),
    opensOn: date().notNull(),
    closesOn: date().notNull(),
    /** 'draft' | 'open' | 'closed' */
    status: text().notNull().default('draft'),
    /** null until invitations are generated: 'all' | 'sample' */
    audience: text(),
    sampleSize: integer(),
    sampleSeed: integer(),
    posterToken: text(),
    posterEnabled: boolean().notNull().default(false),
    /** most one-time invitations the poster may hand out */
    posterLimit: integer().notNull().default(300),
    posterIssued: integer().notNull().default(0),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('survey_rounds_title_key').on(t.tenantId, t.period, t.title),
    uniqueIndex('survey_rounds_poster_key').on(t.posterToken),
  ],
);

/** What a round asks about: a contract's service line, with the questionnaire version it uses. */
export const surveyRoundTargets = pgTable(
  'survey_round_targets',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    roundId: uuid()
      .notNull()
      .references(() => surveyRounds.id),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id),
    serviceLineId: text().notNull(),
    questionnaireId: uuid()
      .notNull()
      .references(() => surveyQuestionnaires.id),
  },
  (t) => [uniqueIndex('survey_round_targets_key').on(t.tenantId, t.roundId, t.contractId, t.serviceLineId)],
);

/**
 * One invitation = one answer: to a member (for reminders) or handed out by the poster to one device.
 * Only the token's hash is kept. Nothing here says whether or when it was answered: that is
 * `survey_submissions`, which holds no response id.
 */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    roundId: uuid()
      .notNull()
      .references(() => surveyRounds.id),
    /** 'member' | 'poster' */
    kind: text().notNull(),
    userId: uuid().references(() => users.id),
    tokenHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('survey_invitations_token_key').on(t.tenantId, t.tokenHash),
    uniqueIndex('survey_invitations_member_key').on(t.tenantId, t.roundId, t.userId),
    index('survey_invitations_round_idx').on(t.tenantId, t.roundId),
  ],
);

/**
 * "This invitation was used": the primary key makes a second answer impossible. Only the day is kept,
 * and nothing points to the response, so answers cannot be traced back to the invitee.
 */
export const surveySubmissions = pgTable(
  'survey_submissions',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    invitationId: uuid()
      .notNull()
      .references(() => surveyInvitations.id),
    roundId: uuid()
      .notNull()
      .references(() => surveyRounds.id),
    submittedOn: date().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.invitationId] }),
    index('survey_submissions_round_idx').on(t.tenantId, t.roundId),
  ],
);

/** An anonymous response: no user, no invitation, no time finer than the day. */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    roundId: uuid()
      .notNull()
      .references(() => surveyRounds.id),
    submittedOn: date().notNull(),
    locale: text().notNull(),
    answers: jsonb().$type<SurveyAnswerRow[]>().notNull(),
  },
  (t) => [index('survey_responses_round_idx').on(t.tenantId, t.roundId)],
);

/** Reminders sent for a round, at most one batch per day (idempotent). */
export const surveyReminders = pgTable(
  'survey_reminders',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    roundId: uuid()
      .notNull()
      .references(() => surveyRounds.id),
    day: date().notNull(),
    sent: integer().notNull(),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('survey_reminders_day_key').on(t.tenantId, t.roundId, t.day)],
);
