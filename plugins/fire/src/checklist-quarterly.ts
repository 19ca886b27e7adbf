import type { ChecklistTemplate } from '@steward/plugin-sdk';
import { FIRE_LAW, GB25201, item, PRACTICE } from './bases.ts';

/** A government body's own fire safety check, at least quarterly (公安部令61号 art. 26). */
export const quarterlyCheck: ChecklistTemplate = {
  code: 'fire.quarterly-check',
  name: { zh: '季度防火检查', en: 'Quarterly fire safety check' },
  description: {
    zh: '机关单位对消防安全管理的全面检查：检测报告、维保合同、巡查记录、预案演练、培训、档案和隐患整改。',
    en: 'The agency’s full check of fire safety management: test report, maintenance contract, patrol records, plans and drills, training, files and defect close-out.',
  },
  inspectionKinds: ['joint', 'leadership', 'spot'],
  assessmentLevel: 'monthly',
  items: [
    item({
      code: 'FIR-Q-01',
      text: {
        zh: '年度消防设施检测报告在12个月有效期内，由具备资质的消防技术服务机构出具',
        en: 'The annual fire-system test report is less than 12 months old and issued by a licensed fire technical service firm',
      },
      category: 'fire.management',
      standard: 'fire.supervision.test-report',
      severity: 'major',
      evidence: ['document'],
      basis: FIRE_LAW('第十六条第一款第（三）项'),
    }),
    item({
      code: 'FIR-Q-02',
      text: {
        zh: '检测和检查发现的隐患在30日内整改完毕，逾期项有临时防范措施',
        en: 'Defects found in tests and checks closed within 30 days; any overdue item has interim precautions',
      },
      category: 'fire.management',
      standard: 'fire.supervision.defect-closeout',
      severity: 'general',
      evidence: ['document', 'photo', 'measurement'],
      measurement: { unit: 'day', max: 30 },
      guidance: {
        zh: '记录本季度最久未整改隐患的天数。',
        en: 'Enter the age in days of the oldest defect still open this quarter.',
      },
      allowNA: true,
      basis: PRACTICE(
        '隐患整改通行做法',
        '30日期限为台账系统中常见默认值，机关可调整。',
        'The 30-day deadline is the usual ledger default; the agency can change it.',
      ),
    }),
    item({
      code: 'FIR-Q-03',
      text: {
        zh: '消防设施维保合同在有效期内，维保范围覆盖全部消防设施',
        en: 'Fire maintenance contract in force and covering every fire system',
      },
      category: 'fire.management',
      standard: 'fire.management.maintenance',
      severity: 'general',
      evidence: ['document'],
      basis: GB25201('维护保养'),
    }),
    item({
      code: 'FIR-Q-04',
      text: {
        zh: '每日防火巡查记录完整，发现问题当场处置或上报',
        en: 'Daily patrol records complete; problems fixed on the spot or reported',
      },
      category: 'fire.management',
      standard: 'fire.supervision.daily-patrol',
      severity: 'general',
      evidence: ['document'],
      basis: FIRE_LAW('第十七条'),
    }),
    item({
      code: 'FIR-Q-05',
      text: {
        zh: '制定灭火和应急疏散预案，按期组织演练并有记录、照片',
        en: 'Firefighting and evacuation plan in place; drills held on schedule with records and photos',
      },
      category: 'fire.management',
      standard: 'fire.management.drill',
      severity: 'general',
      evidence: ['document', 'photo'],
      basis: PRACTICE(
        '公安部令第61号 第四十条',
        '重点单位每半年、其他单位每年至少一次；文档标注为推断。',
        'Key units every 6 months, others yearly; marked as an inference in the standards notes.',
      ),
    }),
    item({
      code: 'FIR-Q-06',
      text: {
        zh: '员工接受消防安全培训，做到会报警、会使用灭火器材、会组织疏散',
        en: 'Staff trained: they can raise the alarm, use extinguishers and lead an evacuation',
      },
      category: 'fire.management',
      severity: 'general',
      evidence: ['document'],
      basis: PRACTICE(
        '消防培训通行做法',
        '“四个能力”建设的通行要求。',
        'The common “four abilities” training requirement.',
      ),
    }),
    item({
      code: 'FIR-Q-07',
      text: {
        zh: '消防档案完整，检测、维修、保养记录保存不少于5年',
        en: 'Fire safety files complete; test, repair and maintenance records kept at least 5 years',
      },
      category: 'fire.management',
      standard: 'fire.management.records',
      severity: 'general',
      evidence: ['document'],
      basis: GB25201('档案管理'),
    }),
    item({
      code: 'FIR-Q-08',
      text: {
        zh: '明确消防安全责任人、管理人，岗位消防职责落实',
        en: 'Fire safety principal and manager named; fire duties assigned to every post',
      },
      category: 'fire.management',
      severity: 'general',
      evidence: ['document'],
      basis: PRACTICE(
        '消防法第十六条、第十七条',
        '落实消防安全责任制的通行做法。',
        'Common practice for putting the fire safety responsibility system in place.',
      ),
    }),
    item({
      code: 'FIR-Q-09',
      text: {
        zh: '微型消防站人员、器材配备到位，能在3分钟内到场处置',
        en: 'Volunteer fire station staffed and equipped; reaches any spot within 3 minutes',
      },
      category: 'fire.management',
      severity: 'general',
      evidence: ['photo', 'document'],
      allowNA: true,
      basis: PRACTICE(
        '微型消防站建设通行做法',
        '适用于设立微型消防站的单位；未设立的判不适用。',
        'Applies where a volunteer fire station exists; N/A otherwise.',
      ),
    }),
  ],
};
