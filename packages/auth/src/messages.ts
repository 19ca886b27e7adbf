/** User-facing text for this package's message keys; merge into the app's catalogue (same shape as @steward/core's). */
export const authMessages = {
  'password.too_short': {
    'zh-CN': '密码至少需要{min}个字符。',
    en: 'Use at least {min} characters.',
  },
  'password.too_long': {
    'zh-CN': '密码不能超过{max}个字符。',
    en: 'Use at most {max} characters.',
  },
  'password.too_common': {
    'zh-CN': '这个密码太常见或太容易猜到，请换一个。',
    en: 'This password is too common or too easy to guess. Choose another.',
  },
  'password.contains_user_input': {
    'zh-CN': '密码不能包含您的用户名、邮箱或姓名。',
    en: 'The password must not contain your user name, email or name.',
  },
  'totp.invalid': { 'zh-CN': '验证码不正确。', en: 'The code is not correct.' },
  'totp.reused': {
    'zh-CN': '该验证码已使用过，请等待下一个验证码。',
    en: 'This code has already been used. Wait for the next one.',
  },
  'login.throttled': {
    'zh-CN': '登录失败次数过多，请在{seconds}秒后再试。',
    en: 'Too many failed sign-ins. Try again in {seconds} seconds.',
  },
} as const satisfies Readonly<Record<string, Readonly<Record<'zh-CN' | 'en', string>>>>;

export type AuthMessageKey = keyof typeof authMessages;
