import {
  coreMessages,
  formatMessage,
  type Locale,
  type MessageCatalogue,
  type MessageParams,
} from '@steward/core';

/** Messages owned by the API edge (transport-level failures). Domain messages live with their rules. */
export const apiMessages = {
  'error.internal': {
    'zh-CN': '服务器内部错误，请稍后重试。如问题持续，请联系管理员并提供请求编号。',
    en: 'Something went wrong on our side. Try again later; if it persists, give the request id to your administrator.',
  },
  'error.bad_request': { 'zh-CN': '请求格式不正确。', en: 'The request is malformed.' },
  'error.payload_too_large': { 'zh-CN': '提交的内容过大。', en: 'The request is too large.' },
  'error.not_found.route': { 'zh-CN': '没有这个地址。', en: 'There is nothing at this address.' },
} as const satisfies MessageCatalogue;

const catalogue: MessageCatalogue = { ...coreMessages, ...apiMessages };

/** Formats any message key known to the API, core's included. */
export function t(key: string, locale: Locale, params: MessageParams = {}): string {
  return formatMessage(key, locale, params, catalogue);
}
