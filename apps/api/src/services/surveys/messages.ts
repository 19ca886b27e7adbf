import type { MessageCatalogue } from '@steward/core';

/** zh-CN and English text for the survey keys (R8, R14, R21); merged into the API's catalogue. */
export const surveyMessages: MessageCatalogue = {
  'survey.link_invalid': {
    'zh-CN': '该问卷链接无效，或已被更新的提醒链接替换。请使用最新收到的链接。',
    en: 'This survey link is not valid, or a newer reminder replaced it. Use the latest link you received.',
  },
  'survey.poster_invalid': {
    'zh-CN': '该二维码无效或已停用。',
    en: 'This QR code is not valid or has been switched off.',
  },
  'survey.poster_exhausted': {
    'zh-CN': '本轮问卷通过海报发放的名额已用完，感谢您的关注。',
    en: 'All answers this poster can hand out have been given. Thank you for your interest.',
  },
  'survey.round_not_open': {
    'zh-CN': '本轮问卷尚未开始或已经结束。',
    en: 'This survey round has not started yet or is already over.',
  },
  'survey.round_closed': { 'zh-CN': '本轮问卷已结束。', en: 'This survey round is closed.' },
  'survey.round_not_draft': {
    'zh-CN': '只有草稿状态的问卷轮次可以开启。',
    en: 'Only a draft round can be opened.',
  },
  'survey.round_not_open_state': {
    'zh-CN': '问卷轮次未在进行中。',
    en: 'The round is not open.',
  },
  'survey.no_invitees': {
    'zh-CN': '没有可邀请的服务对象或质量联络员。',
    en: 'There are no service recipients or liaison officers to invite.',
  },
  'survey.questionnaire_changed': {
    'zh-CN': '问卷已被他人修改（当前为第{version}版），请刷新后再编辑。',
    en: 'Someone else changed the questionnaire (now version {version}). Refresh and edit again.',
  },
  'survey.line_unknown': {
    'zh-CN': '未知的服务类别：{line}。',
    en: 'Unknown service line: {line}.',
  },
  'survey.line_has_no_questionnaire': {
    'zh-CN': '服务类别“{line}”没有默认问卷，请先在问卷设计中添加题目。',
    en: 'The service line “{line}” has no default questionnaire; add questions in the survey designer first.',
  },
  'survey.target_not_in_contract': {
    'zh-CN': '所选合同不包含该服务类别。',
    en: 'The chosen contract does not cover this service line.',
  },
  'survey.targets_required': {
    'zh-CN': '请至少选择一个合同的服务类别。',
    en: 'Choose at least one contract and service line.',
  },
  'survey.dates_order': {
    'zh-CN': '结束日期不能早于开始日期。',
    en: 'The closing date cannot be before the opening date.',
  },
  'survey.round_exists': {
    'zh-CN': '本季度已有同名的问卷轮次。',
    en: 'A round with this title already exists for the quarter.',
  },
  'survey.date_format': { 'zh-CN': '日期格式应为YYYY-MM-DD。', en: 'A date is written YYYY-MM-DD.' },
  'survey.quarter_format': {
    'zh-CN': '季度格式应为YYYY-Qn，如2026-Q1。',
    en: 'A quarter is written YYYY-Qn, e.g. 2026-Q1.',
  },
  'survey.question_code_duplicate': { 'zh-CN': '题目编号重复。', en: 'Question codes must be unique.' },
  'survey.question_code_format': {
    'zh-CN': '题目编号只能包含小写字母、数字、点、横线和下划线。',
    en: 'A question code uses lower-case letters, digits, dots, dashes and underscores.',
  },
  'survey.question_text_required': { 'zh-CN': '请填写中文题目。', en: 'Enter the question in Chinese.' },
  'survey.needs_satisfaction_question': {
    'zh-CN': '问卷至少需要一道满意度（1–5分）题目。',
    en: 'A questionnaire needs at least one satisfaction (1–5) question.',
  },
  'survey.answer_unknown_question': {
    'zh-CN': '答案对应的题目不在本问卷中。',
    en: 'This answer belongs to no question of the survey.',
  },
  'survey.answer_out_of_range': {
    'zh-CN': '满意度请选择1到5分。',
    en: 'Choose a satisfaction score from 1 to 5.',
  },
  'survey.answer_wrong_type': {
    'zh-CN': '答案类型与题目不符。',
    en: 'The answer does not match the question type.',
  },
  'survey.answer_too_long': {
    'zh-CN': '意见和建议不超过{max}字。',
    en: 'Comments are limited to {max} characters.',
  },
  'survey.answers_empty': {
    'zh-CN': '请至少回答一道满意度题目后再提交。',
    en: 'Answer at least one satisfaction question before submitting.',
  },
};
