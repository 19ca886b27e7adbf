import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { type BulletinDocument, percentOf, pointsOf, verdictText } from '../services/bulletins/workbook.ts';

/**
 * Noto Sans SC (SIL Open Font License 1.1) from the npm package @expo-google-fonts/noto-sans-sc: a full
 * TrueType font that pdfkit (through fontkit) subsets on embedding, so a bulletin carries only the glyphs
 * it uses (tens of KB, not 10 MB). Node only: the font file is read from disk and is too big for a Worker.
 */
const require = createRequire(import.meta.url);
const FONT = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const BOLD = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');

const fmt = (n: number | null, suffix = '') => (n === null ? '—' : `${n.toFixed(2)}${suffix}`);

/** R18: the bulletin as a PDF with its Chinese text embedded (subset), A4 portrait. */
export function renderBulletinPdf(doc: BulletinDocument): Promise<Uint8Array> {
  const pdf = new PDFDocument({ size: 'A4', margin: 48, info: { Title: doc.title, Creator: 'Steward' } });
  pdf.registerFont('cjk', FONT);
  pdf.registerFont('cjk-bold', BOLD);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
  });
  const width = pdf.page.width - 96;
  const h1 = (t: string) => pdf.font('cjk-bold').fontSize(18).text(t, { align: 'center' }).moveDown(0.6);
  const h2 = (t: string) => pdf.moveDown(0.6).font('cjk-bold').fontSize(13).text(t).moveDown(0.3);
  const p = (t: string) => pdf.font('cjk').fontSize(10.5).text(t, { width, lineGap: 2 });

  h1(doc.title);
  p(`月份：${doc.month}    状态：${doc.status === 'published' ? '已发布' : '草稿'}`);
  if (doc.summary) {
    h2('一、总体情况');
    p(doc.summary);
  }
  const c = doc.content;
  h2('二、考核排名');
  const cols = [32, 70, 150, 54, 54, 60, 40];
  const header = ['名次', '合同编号', '服务企业', '综合得分', '档次', '满意率', '评价'];
  const row = (cells: string[], bold = false) => {
    const y = pdf.y;
    let x = 48;
    pdf.font(bold ? 'cjk-bold' : 'cjk').fontSize(9.5);
    cells.forEach((cell, i) => {
      pdf.text(cell, x, y, { width: cols[i]! - 4, lineBreak: false, ellipsis: true });
      x += cols[i]!;
    });
    pdf.x = 48;
    pdf.y = y + 16;
  };
  row(header, true);
  for (const r of c.rankings) {
    if (pdf.y > pdf.page.height - 80) pdf.addPage();
    row([
      String(r.rank),
      r.contractCode,
      r.vendorName,
      fmt(pointsOf(r.scoreCenti)),
      r.band ?? '无数据',
      fmt(percentOf(r.satisfactionBp), '%'),
      verdictText[r.verdict],
    ]);
  }
  const praised = c.rankings.filter((r) => r.verdict === 'praise');
  const criticised = c.rankings.filter((r) => r.verdict === 'criticism');
  h2('三、表扬与批评');
  p(`表扬：${praised.length ? praised.map((r) => `${r.vendorName}（${r.contractCode}）`).join('、') : '无'}`);
  p(
    `批评：${criticised.length ? criticised.map((r) => `${r.vendorName}（${r.contractCode}）`).join('、') : '无'}`,
  );
  h2('四、问题与原因');
  if (c.causes.length === 0) p('本月未发现问题，未收到投诉。');
  for (const cause of c.causes) {
    p(
      `${cause.lineName}：重大问题${cause.majorFindings}项，一般问题${cause.generalFindings}项，投诉${cause.complaints}件。${
        cause.items.length ? `主要问题：${cause.items.join('；')}` : ''
      }`,
    );
  }
  h2('五、未完成整改');
  if (c.openRectifications.length === 0) p('无。');
  for (const r of c.openRectifications) {
    p(
      `${r.contractCode} ${r.vendorName}：${r.itemCode}（第${r.round}轮，期限 ${r.deadlineAt.slice(0, 10)}）`,
    );
  }
  h2('六、改进措施');
  p(doc.measures || '—');
  pdf.end();
  return done;
}
