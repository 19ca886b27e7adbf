import type { MessageCatalogue } from '@steward/core';

/** zh-CN and English text for the complaint and joint-meeting errors. */
export const complaintMessages = {
  'complaint.form_unknown': {
    'zh-CN': '投诉页面地址无效或已停用，请向单位索取新的链接。',
    en: 'This complaint page address is not valid or was switched off. Ask the agency for the current link.',
  },
  'complaint.tracking_unknown': {
    'zh-CN': '没有找到该查询码对应的投诉，请检查后重试。',
    en: 'No complaint has this tracking code. Check it and try again.',
  },
  'complaint.category_unknown': { 'zh-CN': '请选择问题类别。', en: 'Choose a category.' },
  'complaint.site_unknown': { 'zh-CN': '请选择有效的办公楼。', en: 'Choose a valid building.' },
  'complaint.photo_type': {
    'zh-CN': '照片格式不支持，请上传 JPEG、PNG 或 WebP 图片。',
    en: 'This photo format is not supported. Upload a JPEG, PNG or WebP image.',
  },
  'complaint.photo_too_large': {
    'zh-CN': '照片过大（每张不超过 4 MB）。',
    en: 'The photo is too large (4 MB at most each).',
  },
  'complaint.photo_unreadable': {
    'zh-CN': '照片无法读取，请重新选择。',
    en: 'The photo could not be read. Choose it again.',
  },
  'complaint.wrong_status': {
    'zh-CN': '投诉当前状态下不能进行此操作（状态：{status}）。',
    en: 'This step is not possible in the complaint’s current state ({status}).',
  },
  'complaint.already_paused': { 'zh-CN': '已在等待投诉人答复。', en: 'Already waiting on the reporter.' },
  'complaint.not_paused': { 'zh-CN': '当前没有在等待投诉人答复。', en: 'Not waiting on the reporter.' },
  'complaint.paused': {
    'zh-CN': '正在等待投诉人答复，请先恢复计时。',
    en: 'Waiting on the reporter: resume the clock first.',
  },
  'complaint.needs_contract': {
    'zh-CN': '认定属实前请先指定责任合同。',
    en: 'Route the complaint to a contract before substantiating it.',
  },
  'complaint.contract_unknown': { 'zh-CN': '合同不存在。', en: 'No such contract.' },
  'complaint.vendor_unknown': { 'zh-CN': '服务企业不存在。', en: 'No such vendor.' },
  'complaint.line_not_in_contract': {
    'zh-CN': '该合同不包含此服务项目。',
    en: 'The contract does not cover this service line.',
  },
  'complaint.due_in_past': {
    'zh-CN': '整改期限不能早于现在。',
    en: 'The correction deadline cannot be in the past.',
  },
  'complaint.not_substantiated': {
    'zh-CN': '只有认定属实的投诉才能重新打开。',
    en: 'Only a substantiated complaint can be reopened.',
  },
  'complaint.not_awaiting_feedback': {
    'zh-CN': '该投诉当前不需要您确认。',
    en: 'This complaint is not waiting for your answer.',
  },
  'complaint.period_reversed': {
    'zh-CN': '结束日期不能早于开始日期。',
    en: 'The end date is before the start date.',
  },
  'complaint.unknown': { 'zh-CN': '投诉不存在。', en: 'No such complaint.' },
  'complaint.phone_format': {
    'zh-CN': '电话号码只能包含数字、空格、+ 和 -。',
    en: 'A phone number may contain digits, spaces, + and - only.',
  },
  'complaint.action_unchanged': { 'zh-CN': '事项已是该状态。', en: 'The action already has this status.' },
} satisfies MessageCatalogue;
