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
