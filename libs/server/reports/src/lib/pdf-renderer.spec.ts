import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPdf } from './pdf-renderer';

const PDFTOTEXT = process.env['PDFTOTEXT_PATH'] ?? '/usr/bin/pdftotext';

describe('renderPdf', () => {
  it('renders a PDF with Roboto embedded, so Danish letters come out as letters', async () => {
    const pdf = await renderPdf({ content: [{ text: 'Ældre- og Handicapudvalget: ÆØÅ æøå' }], defaultStyle: { font: 'Roboto' } });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/FontFile2/); // an embedded TrueType font, not one of the 14 standard fonts
    if (!existsSync(PDFTOTEXT)) return; // npm test installs poppler-utils; a bare machine checks the bytes only
    const dir = mkdtempSync(join(tmpdir(), 'reports-'));
    try {
      writeFileSync(join(dir, 'a.pdf'), pdf);
      expect(execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', join(dir, 'a.pdf'), '-'], { encoding: 'utf8' })).toContain('Ældre- og Handicapudvalget: ÆØÅ æøå');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to fetch a remote image named in a document', async () => {
    await expect(renderPdf({ content: [{ image: 'http://127.0.0.1:9/x.png' }] })).rejects.toThrow(/denied/);
  });
});
