import type { MessageCatalogue } from '@steward/core';

/** Texts for inspections and evidence; merged into the API's catalogue in messages.ts. */
export const inspectionMessages = {
  'inspection.contract_inactive': {
    'zh-CN': '合同未在履行中，不能检查。',
    en: 'The contract is not active; it cannot be inspected.',
  },
  'inspection.line_not_in_contract': {
    'zh-CN': '该合同不包含服务条线“{line}”。',
    en: 'The contract does not cover the service line “{line}”.',
  },
  'inspection.site_not_in_contract': {
    'zh-CN': '该合同不包含所选场所。',
    en: 'The contract does not cover the chosen site.',
  },
  'inspection.line_required': {
    'zh-CN': '条线检查必须选择服务条线。',
    en: 'A line inspection needs a service line.',
  },
  'inspection.no_template': {
    'zh-CN': '服务条线“{line}”没有适用于此类检查的检查表。',
    en: 'Service line “{line}” has no checklist for this kind of inspection.',
  },
  'inspection.template_kind': {
    'zh-CN': '检查表“{template}”不用于此类检查。',
    en: 'Checklist “{template}” is not used for this kind of inspection.',
  },
  'inspection.plan_closed': {
    'zh-CN': '该检查计划已完成或已取消。',
    en: 'This planned inspection is already done or cancelled.',
  },
  'inspection.external_type_unknown': {
    'zh-CN': '服务条线“{line}”没有外部检查类型“{type}”。',
    en: 'Service line “{line}” declares no external inspection type “{type}”.',
  },
  'inspection.not_draft': {
    'zh-CN': '检查记录已提交，不能修改。如需更正，请新建更正记录。',
    en: 'This inspection was submitted and cannot change. To fix it, start a correction.',
  },
  'inspection.not_inspector': {
    'zh-CN': '只有发起检查的人员可以填写和提交该检查。',
    en: 'Only the person who started this inspection can fill it in and submit it.',
  },
  'inspection.item_unknown': {
    'zh-CN': '检查表中没有检查项“{item}”。',
    en: 'The checklist has no item “{item}”.',
  },
  'inspection.deduction_out_of_bounds': {
    'zh-CN': '扣分须在 {min} 至 {max} 分之间。',
    en: 'The deduction must be between {min} and {max} points.',
  },
  'inspection.deduction_without_finding': {
    'zh-CN': '只有不合格项才能扣分。',
    en: 'Only a nonconformity can carry a deduction.',
  },
  'inspection.na_not_allowed': {
    'zh-CN': '该检查项不允许标记为“不适用”。',
    en: 'This item cannot be marked not applicable.',
  },
  'inspection.measurement_not_expected': {
    'zh-CN': '该检查项没有测量值。',
    en: 'This item takes no measurement.',
  },
  'inspection.incomplete': {
    'zh-CN': '还有 {count} 个检查项未填写：{items}',
    en: '{count} item(s) still have no result: {items}',
  },
  'inspection.evidence_missing': {
    'zh-CN': '以下不合格项须附照片或文件后才能提交：{items}',
    en: 'Add a photo or document to these nonconformities before submitting: {items}',
  },
  'inspection.measurement_missing': {
    'zh-CN': '以下不合格项须填写测量值：{items}',
    en: 'Enter a measurement for these nonconformities: {items}',
  },
  'inspection.item_unanswered': { 'zh-CN': '未填写。', en: 'No result yet.' },
  'inspection.item_needs_evidence': {
    'zh-CN': '不合格项须附照片或文件。',
    en: 'A nonconformity needs a photo or document.',
  },
  'inspection.item_needs_measurement': {
    'zh-CN': '不合格项须填写测量值。',
    en: 'A nonconformity needs its measurement.',
  },
  'inspection.record_invalid': {
    'zh-CN': '外部检查记录不完整或格式不正确。',
    en: 'The external inspection record is incomplete or not valid.',
  },
  'inspection.record_required': { 'zh-CN': '必填。', en: 'Required.' },
  'inspection.record_number': { 'zh-CN': '请输入数字。', en: 'Enter a number.' },
  'inspection.record_date': { 'zh-CN': '请输入日期（年-月-日）。', en: 'Enter a date (YYYY-MM-DD).' },
  'inspection.record_document': {
    'zh-CN': '请上传该项的文件。',
    en: 'Upload the document for this field.',
  },
  'inspection.submission_reused': {
    'zh-CN': '该提交编号已用于另一份内容不同的提交，未做任何更改。请刷新后重新提交。',
    en: 'This submission id was already used with different content; nothing changed. Reload and submit again.',
  },
  'inspection.already_corrected': {
    'zh-CN': '该检查已有更正记录，请更正最新的一份。',
    en: 'This inspection already has a correction; correct the latest one.',
  },
  'inspection.correct_submitted_only': {
    'zh-CN': '只能更正已提交的检查。',
    en: 'Only a submitted inspection can be corrected.',
  },
  'inspection.participant_not_member': {
    'zh-CN': '参加人必须是本单位的有效成员。',
    en: 'Participants must be active members of this agency.',
  },
  'inspection.not_participant': {
    'zh-CN': '您不是该联合检查的参加人。',
    en: 'You are not a participant in this joint inspection.',
  },
  'inspection.sign_after_submit': {
    'zh-CN': '检查记录提交后才能签字确认。',
    en: 'Sign once the inspection has been submitted.',
  },
  'evidence.too_large': {
    'zh-CN': '文件过大（{size}），单个文件不能超过 {max}。',
    en: 'The file is too large ({size}); the limit is {max}.',
  },
  'evidence.empty': { 'zh-CN': '文件为空。', en: 'The file is empty.' },
  'evidence.type_not_allowed': {
    'zh-CN': '不支持此文件类型。请上传 JPEG、PNG、WebP、HEIC 照片或 PDF 文件。',
    en: 'This file type is not accepted. Upload a JPEG, PNG, WebP or HEIC photo, or a PDF.',
  },
  'evidence.type_mismatch': {
    'zh-CN': '文件内容与声明的类型（{type}）不符。',
    en: 'The file’s content does not match its declared type ({type}).',
  },
  'evidence.bad_capture_time': {
    'zh-CN': '拍摄时间格式不正确。',
    en: 'The capture time is not a valid date and time.',
  },
} as const satisfies MessageCatalogue;
