/**
 * A tiny PDF 1.4 writer for the mock's downloads: the pagoPA avviso (with its QR code), the
 * payment receipt, the compiled-module receipt of a pratica and service attachments. Output is a
 * real, valid PDF (correct xref offsets, Helvetica with WinAnsi encoding for Italian accents).
 */
import { HttpResponse } from 'msw';
import { encode } from 'uqr';

type Op =
  | { t: 'text'; x: number; y: number; size: number; bold?: boolean; text: string }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill?: boolean; gray?: number }
  | { t: 'qr'; x: number; y: number; size: number; payload: string };

/** WinAnsi bytes of a string (é è à ò ù ì ’ “ ” € …), unknown characters → `?`. */
function winAnsi(s: string): number[] {
  const special: Record<string, number> = { '€': 0x80, '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '…': 0x85, 'ª': 0xaa, '°': 0xb0, '²': 0xb2 };
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (special[ch] !== undefined) out.push(special[ch]);
    else if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out.push(c);
    else out.push(0x3f);
  }
  return out;
}

function escapeText(bytes: number[]): number[] {
  const out: number[] = [];
  for (const b of bytes) {
    if (b === 0x28 || b === 0x29 || b === 0x5c) out.push(0x5c);
    out.push(b);
  }
  return out;
}

class Page {
  ops: Op[] = [];
  text(x: number, y: number, text: string, size = 11, bold = false) { this.ops.push({ t: 'text', x, y, size, bold, text }); return this; }
  rect(x: number, y: number, w: number, h: number, fill = false, gray = 0) { this.ops.push({ t: 'rect', x, y, w, h, fill, gray }); return this; }
  qr(x: number, y: number, size: number, payload: string) { this.ops.push({ t: 'qr', x, y, size, payload }); return this; }
}

function contentStream(page: Page): number[] {
  const out: number[] = [];
  const push = (s: string) => { for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i)); };
  for (const op of page.ops) {
    if (op.t === 'text') {
      push(`BT /${op.bold ? 'F2' : 'F1'} ${op.size} Tf ${op.x} ${op.y} Td (`);
      out.push(...escapeText(winAnsi(op.text)));
      push(') Tj ET\n');
    } else if (op.t === 'rect') {
      push(`${op.gray ?? 0} ${op.fill ? 'g' : 'G'} ${op.x} ${op.y} ${op.w} ${op.h} re ${op.fill ? 'f' : 'S'} 0 g 0 G\n`);
    } else {
      const { data } = encode(op.payload, { ecc: 'M', border: 0 });
      const n = data.length;
      const m = op.size / n;
      push('0 g\n');
      data.forEach((row, r) => row.forEach((dark, c) => {
        if (dark) push(`${(op.x + c * m).toFixed(2)} ${(op.y + op.size - (r + 1) * m).toFixed(2)} ${m.toFixed(2)} ${m.toFixed(2)} re f\n`);
      }));
    }
  }
  return out;
}

export function renderPdf(pages: Page[], title: string): Uint8Array {
  const objects: number[][] = [];
  const enc = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
  // 1 catalog, 2 pages, 3 font, 4 bold font, 5 info, then page + content pairs.
  const pageIds = pages.map((_, i) => 6 + i * 2);
  objects.push(enc('<< /Type /Catalog /Pages 2 0 R >>'));
  objects.push(enc(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`));
  objects.push(enc('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'));
  objects.push(enc('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'));
  objects.push([...enc('<< /Title ('), ...escapeText(winAnsi(title)), ...enc(') /Producer (sdc-widgets mock) >>')]);
  pages.forEach((p, i) => {
    const stream = contentStream(p);
    objects.push(enc(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`));
    objects.push([...enc(`<< /Length ${stream.length} >>\nstream\n`), ...stream, ...enc('\nendstream')]);
  });
  const bytes: number[] = [...enc('%PDF-1.4\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a];
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(bytes.length);
    bytes.push(...enc(`${i + 1} 0 obj\n`), ...body, ...enc('\nendobj\n'));
  });
  const xref = bytes.length;
  bytes.push(...enc(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`));
  for (const o of offsets) bytes.push(...enc(`${String(o).padStart(10, '0')} 00000 n \n`));
  bytes.push(...enc(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  return Uint8Array.from(bytes);
}

/** Wraps text at ~`width` characters. */
function wrap(text: string, width = 90): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/)) {
      if ((line + ' ' + word).trim().length > width) { out.push(line); line = word; } else line = (line + ' ' + word).trim();
    }
    out.push(line);
  }
  return out;
}

/** A simple document: a title and lines of text (wrapped, paginated). */
export function simplePdf(title: string, lines: string[]): Uint8Array {
  const pages: Page[] = [];
  let page = new Page();
  let y = 780;
  page.text(50, y, title, 16, true);
  y -= 30;
  for (const l of lines.flatMap((x) => wrap(x))) {
    if (y < 60) { pages.push(page); page = new Page(); y = 790; }
    page.text(50, y, l, 10);
    y -= 15;
  }
  pages.push(page);
  return renderPdf(pages, title);
}

export interface NoticeData {
  enteName: string; enteCf: string; enteSector: string; cbill: string;
  debtorName: string; debtorCf: string; debtorAddress: string;
  subject: string; amount: string; dueDate: string; notice: string; noticeFormatted: string; qr: string;
}

/** "Avviso di pagamento pagoPA" with the sections of pa-domain.md §1.5 and the QR code of §1.3. */
export function noticePdf(d: NoticeData): Uint8Array {
  const p = new Page();
  p.rect(0, 772, 595, 70, true, 0.92);
  p.text(40, 812, 'AVVISO DI PAGAMENTO', 18, true);
  p.text(40, 790, d.subject.slice(0, 90), 12);
  p.text(400, 812, 'pagoPA', 18, true);
  p.text(40, 745, 'ENTE CREDITORE', 9, true).text(40, 730, d.enteName, 12, true).text(40, 715, `Cod. Fiscale ${d.enteCf}`, 10).text(40, 701, d.enteSector, 10);
  p.text(320, 745, 'DESTINATARIO AVVISO', 9, true).text(320, 730, d.debtorName.slice(0, 40), 12, true).text(320, 715, `Cod. Fiscale ${d.debtorCf}`, 10).text(320, 701, d.debtorAddress.slice(0, 50), 10);
  p.rect(40, 600, 515, 80);
  p.text(55, 655, 'QUANTO E QUANDO PAGARE?', 9, true);
  p.text(55, 630, d.amount, 22, true).text(250, 630, `entro il ${d.dueDate}`, 14);
  p.text(55, 610, 'Puoi pagare con una unica rata.', 9);
  p.text(40, 570, 'DOVE PAGARE?', 9, true);
  p.text(40, 555, 'PAGA SUL SITO O CON LE APP del tuo Ente Creditore, della tua Banca o degli altri canali di pagamento.', 8);
  p.text(40, 543, 'Potrai pagare con carte, conto corrente, CBILL. PAGA SUL TERRITORIO in Banca, in Ricevitoria, dal Tabaccaio,', 8);
  p.text(40, 531, 'al Bancomat, al Supermercato. Potrai pagare in contanti, con carte o conto corrente.', 8);
  p.rect(40, 330, 515, 180);
  p.text(55, 490, 'RATA UNICA', 10, true).text(400, 490, `entro il ${d.dueDate}`, 10);
  p.qr(55, 350, 120, d.qr);
  p.text(200, 460, 'Inquadra il codice QR con la tua app di pagamento o usa i dati accanto.', 8);
  p.text(200, 435, 'Destinatario', 8).text(300, 435, d.debtorName.slice(0, 40), 9, true);
  p.text(200, 420, 'Ente Creditore', 8).text(300, 420, d.enteName, 9, true);
  p.text(200, 405, 'Oggetto del pagamento', 8).text(300, 405, d.subject.slice(0, 45), 9, true);
  p.text(200, 385, 'Codice CBILL', 8).text(300, 385, d.cbill, 9, true);
  p.text(200, 370, 'Codice Avviso', 8).text(300, 370, d.noticeFormatted, 11, true);
  p.text(200, 355, 'Cod. Fiscale Ente', 8).text(300, 355, d.enteCf, 9, true);
  p.text(40, 300, 'Documento generato dal backend dimostrativo di sdc-widgets: non è un avviso reale.', 8);
  return renderPdf([p], `Avviso di pagamento ${d.notice}`);
}

export function pdfResponse(bytes: Uint8Array, filename: string, inline = false): Response {
  return new HttpResponse(bytes as unknown as BodyInit, {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(bytes.length),
      // Headers are ISO-8859-1: an ASCII fallback plus the RFC 5987 UTF-8 name.
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${filename.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'Access-Control-Allow-Origin': '*',
    },
  });
}
