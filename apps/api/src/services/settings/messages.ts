import type { MessageCatalogue } from '@steward/core';

/** Texts for the tenant settings' validation errors; merged into the API's catalogue in messages.ts. */
export const settingsMessages = {
  'settings.working_days_range': {
    'zh-CN': '请输入 0 到 60 之间的整数（工作日）。',
    en: 'Enter a whole number of working days from 0 to 60.',
  },
  'settings.accept_days_range': {
    'zh-CN': '请输入 0 到 30 之间的整数（工作日）。',
    en: 'Enter a whole number of working days from 0 to 30.',
  },
  'settings.appeal_days_range': {
    'zh-CN': '请输入 1 到 60 之间的整数（工作日）。',
    en: 'Enter a whole number of working days from 1 to 60.',
  },
  'settings.points_range': {
    'zh-CN': '请输入 0 到 100 之间的分值，最多两位小数。',
    en: 'Enter points from 0 to 100, with at most two decimals.',
  },
  'settings.sample_size_range': {
    'zh-CN': '请输入 0 到 50 之间的整数（0 表示不做每月抽查）。',
    en: 'Enter a whole number from 0 to 50 (0 turns the monthly spot check off).',
  },
  'settings.expiry_days_range': {
    'zh-CN': '请输入 1 到 365 之间的整数（天）。',
    en: 'Enter a whole number of days from 1 to 365.',
  },
  'settings.date_invalid': {
    'zh-CN': '请输入有效日期（年-月-日）。',
    en: 'Enter a valid date (year-month-day).',
  },
  'settings.date_out_of_range': {
    'zh-CN': '日期须在 2000 年至 2100 年之间。',
    en: 'The date must be between 2000 and 2100.',
  },
  'settings.range_reversed': {
    'zh-CN': '结束日期不能早于开始日期。',
    en: 'The last day cannot be before the first day.',
  },
  'settings.range_too_long': {
    'zh-CN': '一次最多录入 31 天；更长的假期请分段录入。',
    en: 'Enter at most 31 days at a time; split a longer closure into parts.',
  },
  'settings.override_name_required': {
    'zh-CN': '请填写名称（如“春节”或“春节调休上班”），最多 40 个字。',
    en: 'Give it a name (e.g. “Spring Festival” or “Spring Festival make-up day”), up to 40 characters.',
  },
  'settings.conflict_holiday': {
    'zh-CN': '{date} 已录入为放假日，请先删除那一条再录入。',
    en: '{date} is already entered as a day off; remove that entry first.',
  },
  'settings.conflict_working': {
    'zh-CN': '{date} 已录入为调休上班日，请先删除那一条再录入。',
    en: '{date} is already entered as a working day; remove that entry first.',
  },
  'settings.month_invalid': {
    'zh-CN': '请选择有效月份（年-月）。',
    en: 'Choose a valid month (year-month).',
  },
} satisfies MessageCatalogue;
