import type { api } from '../../lib/trpc.ts';

export type Round = Awaited<ReturnType<typeof api.surveys.rounds.list.query>>[number];
export type RoundDetail = Awaited<ReturnType<typeof api.surveys.rounds.get.query>>;
export type Results = Awaited<ReturnType<typeof api.surveys.results.query>>;
export type Figure = Results['overall'];
export type Question = Awaited<ReturnType<typeof api.surveys.questionnaires.get.query>>['questions'][number];
export type PublicSurvey = Awaited<ReturnType<typeof api.surveys.public.open.mutate>>;

/** Basis points as a percentage with two decimals at most: 9500 → '95%', 9749 → '97.49%'. */
export function percent(bp: number | null): string {
  if (bp === null) return '—';
  return `${(bp / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}

export function localized(text: { zh: string; en: string }, locale: string): string {
  return locale === 'en' && text.en.trim() ? text.en : text.zh;
}
