import { ConflictError, NotFoundError, PreconditionError, ValidationError } from '@steward/core';
import { type Database, schema, tenantFilter } from '@steward/db';
import type { SurveyQuestionDef } from '@steward/db/schema';
import type { Localized, PluginRegistry, ServiceLinePlugin } from '@steward/plugin-sdk';
import { and, desc, eq } from 'drizzle-orm';
import { lineWithRelease } from '../catalogue/lines.ts';

const { surveyQuestionnaires } = schema;

export type QuestionnaireRow = typeof surveyQuestionnaires.$inferSelect;

/** The plugin release this tenant uses for the line (its pinned one), else the newest installed. */
export async function pluginFor(
  tx: Database,
  tenantId: string,
  registry: PluginRegistry,
  serviceLineId: string,
): Promise<ServiceLinePlugin> {
  try {
    return (await lineWithRelease(tx, tenantId, registry, serviceLineId)).release.plugin;
  } catch {
    const entry = registry.get(serviceLineId);
    if (!entry) throw new NotFoundError('survey.line_unknown', { line: serviceLineId });
    return entry.plugin;
  }
}

export function pluginQuestions(plugin: ServiceLinePlugin): SurveyQuestionDef[] {
  return (plugin.survey?.questions ?? []).map((q) => ({
    code: q.code,
    type: q.type,
    text: { zh: q.text.zh, en: q.text.en },
  }));
}

export async function latestQuestionnaire(
  tx: Database,
  tenantId: string,
  serviceLineId: string,
): Promise<QuestionnaireRow | undefined> {
  const [row] = await tx
    .select()
    .from(surveyQuestionnaires)
    .where(
      and(
        tenantFilter(surveyQuestionnaires.tenantId, tenantId),
        eq(surveyQuestionnaires.serviceLineId, serviceLineId),
      ),
    )
    .orderBy(desc(surveyQuestionnaires.version))
    .limit(1);
  return row;
}

export interface QuestionnaireView {
  serviceLineId: string;
  lineName: Localized;
  /** 0 = the tenant has no copy yet: the plugin's default applies */
  version: number;
  source: 'plugin' | 'tenant';
  questions: SurveyQuestionDef[];
  pluginVersion: string;
  pluginQuestions: SurveyQuestionDef[];
}

export async function viewQuestionnaire(
  tx: Database,
  tenantId: string,
  registry: PluginRegistry,
  serviceLineId: string,
): Promise<QuestionnaireView> {
  const plugin = await pluginFor(tx, tenantId, registry, serviceLineId);
  const defaults = pluginQuestions(plugin);
  const row = await latestQuestionnaire(tx, tenantId, serviceLineId);
  return {
    serviceLineId,
    lineName: plugin.name,
    version: row?.version ?? 0,
    source: (row?.source as 'plugin' | 'tenant' | undefined) ?? 'plugin',
    questions: row?.questions ?? defaults,
    pluginVersion: plugin.version,
    pluginQuestions: defaults,
  };
}

const CODE = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export function validateQuestions(questions: readonly SurveyQuestionDef[]): void {
  const errors: Record<string, string[]> = {};
  const seen = new Set<string>();
  questions.forEach((q, i) => {
    if (!CODE.test(q.code)) errors[`questions.${i}.code`] = ['survey.question_code_format'];
    else if (seen.has(q.code)) errors[`questions.${i}.code`] = ['survey.question_code_duplicate'];
    seen.add(q.code);
    if (q.text.zh.trim() === '') errors[`questions.${i}.text.zh`] = ['survey.question_text_required'];
  });
  if (!questions.some((q) => q.type === 'satisfaction5')) {
    errors.questions = ['survey.needs_satisfaction_question'];
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

/**
 * Saves the tenant's edited copy as a new version (optimistic: `baseVersion` must still be the latest).
 * Rounds keep pointing at the version they were created with, so edits apply to future rounds only.
 */
export async function saveQuestionnaire(
  tx: Database,
  tenantId: string,
  userId: string,
  registry: PluginRegistry,
  input: { serviceLineId: string; baseVersion: number; questions: SurveyQuestionDef[] },
): Promise<{ before: QuestionnaireRow | undefined; after: QuestionnaireRow }> {
  const plugin = await pluginFor(tx, tenantId, registry, input.serviceLineId);
  const questions = input.questions.map((q) => ({
    code: q.code.trim(),
    type: q.type,
    text: { zh: q.text.zh.trim(), en: q.text.en.trim() },
  }));
  validateQuestions(questions);
  const before = await latestQuestionnaire(tx, tenantId, input.serviceLineId);
  const current = before?.version ?? 0;
  if (current !== input.baseVersion) {
    throw new ConflictError('survey.questionnaire_changed', { version: current });
  }
  const [after] = await tx
    .insert(surveyQuestionnaires)
    .values({
      tenantId,
      serviceLineId: input.serviceLineId,
      version: current + 1,
      questions,
      source: 'tenant',
      pluginVersion: plugin.version,
      createdBy: userId,
    })
    .onConflictDoNothing()
    .returning();
  if (!after) throw new ConflictError('survey.questionnaire_changed', { version: current + 1 });
  return { before, after };
}

/** The version a new round asks: the tenant's latest, or the plugin's default copied in as version 1. */
export async function questionnaireForRound(
  tx: Database,
  tenantId: string,
  registry: PluginRegistry,
  serviceLineId: string,
): Promise<QuestionnaireRow> {
  const latest = await latestQuestionnaire(tx, tenantId, serviceLineId);
  if (latest) return latest;
  const plugin = await pluginFor(tx, tenantId, registry, serviceLineId);
  const questions = pluginQuestions(plugin);
  if (!questions.some((q) => q.type === 'satisfaction5')) {
    throw new PreconditionError('survey.line_has_no_questionnaire', { line: serviceLineId });
  }
  const [row] = await tx
    .insert(surveyQuestionnaires)
    .values({
      tenantId,
      serviceLineId,
      version: 1,
      questions,
      source: 'plugin',
      pluginVersion: plugin.version,
    })
    .onConflictDoNothing()
    .returning();
  return row ?? (await latestQuestionnaire(tx, tenantId, serviceLineId))!;
}
