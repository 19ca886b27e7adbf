import { consequenceMessages } from './rules/messages.ts';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type MessageParams = Readonly<Record<string, string | number>>;
export type MessageCatalogue = Readonly<Record<string, Readonly<Record<Locale, string>>>>;

/**
 * User-facing text owned by the core. Other packages pass their own catalogue to `formatMessage`
 * (merged with this one) instead of mutating shared state.
 */
export const coreMessages = {
  'error.not_found': { 'zh-CN': '未找到所请求的记录。', en: 'The requested record was not found.' },
  'error.not_found.entity': {
    'zh-CN': '未找到{entity}（{id}）。',
    en: 'No {entity} found with id {id}.',
  },
  'error.conflict': {
    'zh-CN': '该记录已被他人修改或已存在，请刷新后重试。',
    en: 'The record was changed by someone else or already exists. Refresh and try again.',
  },
  'error.validation': {
    'zh-CN': '提交的内容有误，请检查后重试。',
    en: 'Some fields are invalid. Check them and try again.',
  },
  'error.forbidden': { 'zh-CN': '您没有执行此操作的权限。', en: 'You are not allowed to do this.' },
  'error.unauthenticated': { 'zh-CN': '请先登录。', en: 'Please sign in first.' },
  'error.precondition': {
    'zh-CN': '当前状态下不能执行此操作。',
    en: 'This action is not possible in the current state.',
  },
  'error.rate_limited': {
    'zh-CN': '操作过于频繁，请稍后再试。',
    en: 'Too many requests. Please try again later.',
  },
  'error.rate_limited.retry_after': {
    'zh-CN': '操作过于频繁，请在{seconds}秒后再试。',
    en: 'Too many requests. Please try again in {seconds} seconds.',
  },
  'validation.required': { 'zh-CN': '此项为必填项。', en: 'This field is required.' },
  'credit_code.wrong_length': {
    'zh-CN': '统一社会信用代码应为18位，当前为{length}位。',
    en: 'A unified social credit code has 18 characters; this one has {length}.',
  },
  'credit_code.bad_character': {
    'zh-CN': '统一社会信用代码第{position}位的字符“{char}”无效。',
    en: 'Character {position} of the unified social credit code ("{char}") is not allowed.',
  },
  'credit_code.bad_check_character': {
    'zh-CN': '统一社会信用代码校验位错误：应为“{expected}”，实际为“{actual}”。',
    en: 'The check character of the unified social credit code is wrong: expected "{expected}", got "{actual}".',
  },
  'credit_code.bad_org_code_check': {
    'zh-CN': '统一社会信用代码中的组织机构代码（第9–17位）校验位错误：应为“{expected}”，实际为“{actual}”。',
    en: 'The organisation code inside the credit code (characters 9–17) has a wrong check character: expected "{expected}", got "{actual}".',
  },
  'calendar.no_working_days': {
    'zh-CN': '工作日历在{date}前后两年内没有工作日，请检查日历设置。',
    en: 'The working calendar has no working day within two years of {date}. Check its settings.',
  },
  'calendar.no_working_time': {
    'zh-CN': '工作日历在{date}之后没有工作时间，请检查工作时段设置。',
    en: 'The working calendar has no working time after {date}. Check the working hours.',
  },
  'validation.non_negative': { 'zh-CN': '不能为负数。', en: 'Must not be negative.' },
  'validation.non_negative_integer': {
    'zh-CN': '应为非负整数（分值以0.01分为单位）。',
    en: 'Must be a non-negative integer (points are counted in hundredths).',
  },
  'validation.month': { 'zh-CN': '月份格式应为YYYY-MM。', en: 'A month is written YYYY-MM.' },
  'weights.sum_not_100': {
    'zh-CN': '三级考核权重合计应为100%，当前为{percent}%。',
    en: 'The level weights must add up to 100 %; they add up to {percent} %.',
  },
  'weights.level_out_of_range': {
    'zh-CN': '权重应在0%到100%之间。',
    en: 'A weight lies between 0 % and 100 %.',
  },
  'inspection.kind.patrol': { 'zh-CN': '日常巡查', en: 'Patrol' },
  'inspection.kind.joint': { 'zh-CN': '联合检查', en: 'Joint inspection' },
  'inspection.kind.leadership': { 'zh-CN': '综合考核', en: 'Leadership assessment' },
  'inspection.kind.spot': { 'zh-CN': '抽检', en: 'Spot check' },
  'inspection.kind.self': { 'zh-CN': '自查', en: 'Self-inspection' },
  'inspection.kind.external': { 'zh-CN': '外部检查', en: 'External inspection' },
  'score.level.daily': { 'zh-CN': '日常巡查（一级）', en: 'Daily patrols (level 1)' },
  'score.level.monthly': { 'zh-CN': '月度联合检查（二级）', en: 'Monthly joint inspection (level 2)' },
  'score.level.semiannual': { 'zh-CN': '半年综合考核（三级）', en: 'Semi-annual assessment (level 3)' },
  'score.level.self': { 'zh-CN': '承包单位自查', en: 'Vendor self-inspection' },
  'score.no_data': { 'zh-CN': '无数据', en: 'No data' },
  'score.composite': { 'zh-CN': '综合得分', en: 'Composite score' },
  'score.source.item_result': { 'zh-CN': '{kind}：{reason} 不合格', en: '{kind}: {reason} nonconforming' },
  'score.source.rectification': {
    'zh-CN': '整改复查未通过：{reason}',
    en: 'Rectification not fixed: {reason}',
  },
  'score.source.complaint': { 'zh-CN': '有效投诉：{reason}', en: 'Substantiated complaint: {reason}' },
  'score.source.bonus': { 'zh-CN': '加分：{reason}', en: 'Bonus: {reason}' },
  'score.adjustment.floor_at_zero': {
    'zh-CN': '扣分超过100分，本级最低计0分',
    en: 'Deductions exceed 100 points; a level does not go below 0',
  },
  'score.adjustment.bonus_cap': {
    'zh-CN': '超出每月加分上限的部分不计',
    en: 'Bonus above the monthly cap not counted',
  },
  'score.adjustment.score_ceiling': { 'zh-CN': '得分不超过满分', en: 'Score capped at full marks' },
  ...consequenceMessages,
} as const satisfies MessageCatalogue;

export type CoreMessageKey = keyof typeof coreMessages;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Formats a message; an unknown key comes back as the key itself so a missing translation is visible
 * rather than fatal. Placeholders without a value are left as written.
 */
export function formatMessage(
  key: string,
  locale: Locale = DEFAULT_LOCALE,
  params: MessageParams = {},
  catalogue: MessageCatalogue = coreMessages,
): string {
  const entry = catalogue[key] ?? (coreMessages as MessageCatalogue)[key];
  const template = entry?.[locale] ?? entry?.en ?? key;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
