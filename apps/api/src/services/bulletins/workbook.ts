import ExcelJS from 'exceljs';
import type { BulletinContent } from './content.ts';

export interface BulletinDocument {
  title: string;
  month: string;
  status: string;
  summary: string;
  measures: string;
  content: BulletinContent;
}

export const verdictText = { praise: '表扬', criticism: '批评', none: '' } as const;
const severityText: Record<string, string> = { major: '重大', general: '一般' };
const statusText: Record<string, string> = { open: '待整改', answered: '待复查' };

/** Scores are exact hundredths (centipoints), so the cell holds the same number the API gives. */
export const pointsOf = (centi: number | null) => (centi === null ? null : centi / 100);
export const percentOf = (bp: number | null) => (bp === null ? null : bp / 100);

/**
 * R18: the bulletin as an .xlsx workbook (exceljs writes Office Open XML that Excel, WPS and LibreOffice
 * open): rankings, causes, open rectifications, and the text. Numbers are numbers, not text.
 */
export async function bulletinWorkbook(doc: BulletinDocument): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Steward';
  wb.created = new Date(0);
  const head = (ws: ExcelJS.Worksheet) => {
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  };

  const ranking = wb.addWorksheet('排名');
  ranking.columns = [
    { header: '名次', key: 'rank', width: 6 },
    { header: '合同编号', key: 'code', width: 14 },
    { header: '合同名称', key: 'title', width: 28 },
    { header: '服务企业', key: 'vendor', width: 26 },
    { header: '综合得分', key: 'score', width: 10, style: { numFmt: '0.00' } },
    { header: '档次', key: 'band', width: 10 },
    { header: '满意率(%)', key: 'satisfaction', width: 10, style: { numFmt: '0.00' } },
    { header: '目标(%)', key: 'target', width: 9, style: { numFmt: '0.00' } },
    { header: '评价', key: 'verdict', width: 8 },
  ];
  for (const r of doc.content.rankings) {
    ranking.addRow({
      rank: r.rank,
      code: r.contractCode,
      title: r.contractTitle,
      vendor: r.vendorName,
      score: pointsOf(r.scoreCenti),
      band: r.band ?? '无数据',
      satisfaction: percentOf(r.satisfactionBp),
      target: percentOf(r.targetBp),
      verdict: verdictText[r.verdict],
    });
  }
  head(ranking);

  const causes = wb.addWorksheet('原因分析');
  causes.columns = [
    { header: '服务类别', key: 'line', width: 14 },
    { header: '重大问题', key: 'major', width: 10 },
    { header: '一般问题', key: 'general', width: 10 },
    { header: '投诉', key: 'complaints', width: 8 },
    { header: '主要问题', key: 'items', width: 60 },
  ];
  for (const c of doc.content.causes) {
    causes.addRow({
      line: c.lineName,
      major: c.majorFindings,
      general: c.generalFindings,
      complaints: c.complaints,
      items: c.items.join('；'),
    });
  }
  head(causes);

  const open = wb.addWorksheet('未完成整改');
  open.columns = [
    { header: '合同编号', key: 'code', width: 14 },
    { header: '服务企业', key: 'vendor', width: 26 },
    { header: '检查项', key: 'item', width: 18 },
    { header: '严重程度', key: 'severity', width: 9 },
    { header: '轮次', key: 'round', width: 6 },
    { header: '状态', key: 'status', width: 9 },
    { header: '整改期限', key: 'deadline', width: 20 },
  ];
  for (const r of doc.content.openRectifications) {
    open.addRow({
      code: r.contractCode,
      vendor: r.vendorName,
      item: r.itemCode,
      severity: severityText[r.severity] ?? r.severity,
      round: r.round,
      status: statusText[r.status] ?? r.status,
      deadline: r.deadlineAt.slice(0, 16).replace('T', ' '),
    });
  }
  head(open);

  const text = wb.addWorksheet('通报');
  text.columns = [
    { header: '项目', key: 'k', width: 12 },
    { header: '内容', key: 'v', width: 100 },
  ];
  text.addRow({ k: '标题', v: doc.title });
  text.addRow({ k: '月份', v: doc.month });
  text.addRow({ k: '状态', v: doc.status === 'published' ? '已发布' : '草稿' });
  text.addRow({ k: '概述', v: doc.summary });
  text.addRow({ k: '改进措施', v: doc.measures });
  text.getColumn('v').alignment = { wrapText: true, vertical: 'top' };
  head(text);

  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
