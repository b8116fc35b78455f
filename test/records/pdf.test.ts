import { breakLongWords, renderPdf, type PdfDocument } from '../../src/records/pdf';
import { pdfText } from '../support/files';

const doc = (text: string, cell: string): PdfDocument => ({
  title: 'Reporte consolidado',
  code: 'D02.03',
  secretariat: { code: '05001', name: 'Medellín' },
  period: '2026',
  generatedAt: new Date('2026-11-30T12:00:00Z'),
  sections: [
    { heading: 'Análisis', text: [text] },
    { table: { columns: [{ header: 'Código DANE', width: 58 }, { header: 'Observación' }], rows: [['105001000011', cell]] } },
  ],
});

/** The printed text without line breaks, spaces or the zero-width spaces that mark break opportunities. */
const flat = (s: string) =>
  s
    .split('\n')
    .filter((l) => !/^(D02\.03 · .*hora de Colombia\)|Página \d+ de \d+)$/.test(l.trim()))
    .join('')
    .replace(/[\s\u200b]+/g, '');

describe('PDF layout of overlong words', () => {
  it('breakLongWords marks a break opportunity every 30 characters of a longer word and leaves the rest as it is', () => {
    expect(breakLongWords('corto y normal')).toBe('corto y normal');
    const w = 'a'.repeat(65);
    expect(breakLongWords(`x ${w} y`)).toBe(`x ${'a'.repeat(30)}\u200b${'a'.repeat(30)}\u200b${'a'.repeat(5)} y`);
    expect(breakLongWords('ñ'.repeat(31))).toBe(`${'ñ'.repeat(30)}\u200bñ`);
  });

  it('a 20,000-character word without spaces (in a paragraph and in a table cell) renders as fast as ordinary text, all of it printed', async () => {
    // Digits of the numbers 0, 1, 2… : no stretch repeats, so a lost or repeated piece shows.
    let word = '';
    for (let i = 0; word.length < 20_000; i++) word += i;
    word = word.slice(0, 20_000);
    const timed = async (text: string, cell: string) => {
      const started = performance.now();
      const pdf = await renderPdf(doc(text, cell));
      return { pdf, ms: performance.now() - started };
    };
    await timed('calentamiento', 'x'); // fonts loaded once
    // The same length of text in words of 8 characters: the yardstick on this machine, whatever its load. Before the
    // fix the long word took 36–45 s (about 20× this); with it, about the same as ordinary text (~0.5 s idle).
    const ordinary = await timed(word.match(/.{1,8}/g)!.join(' '), word.slice(0, 1500).match(/.{1,8}/g)!.join(' '));
    const { pdf, ms } = await timed(word, word.slice(0, 1500));
    expect(ms).toBeLessThan(Math.max(2000, 3 * ordinary.ms));
    const text = flat(pdfText(pdf));
    expect(text.includes(word)).toBe(true);
    // The table's text, its header row (repeated on each page the row continues on) left out.
    const table = text.slice(text.indexOf('CódigoDANEObservación')).replaceAll('CódigoDANEObservación', '');
    expect(table.startsWith(`105001000011${word.slice(0, 1500)}`)).toBe(true);
  }, 60_000);
});
