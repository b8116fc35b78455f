import 'reflect-metadata';
import { createHash, hash } from 'node:crypto';
import { forbiddenCharacters, normalizeDeep, PLAIN_TEXT } from '../../src/common/input-guard';

/**
 * The boundary's fast path for text of U+0001–U+00FF (src/common/input-guard.ts, issue 14) gives what the full path
 * gives: the same value and the same problems, for every character up to U+0400 and for mixed strings.
 */
/** The full path, without the fast path: forbidden characters (controls, noncharacters, lone surrogates) reported, the text NFC-normalised. */
function plain(s: string) {
  const problems: string[] = [];
  if (forbiddenCharacters(s).length > 0) problems.push('forbidden');
  return { value: s.normalize('NFC'), problems };
}

function optimised(s: string) {
  const found: { field: string; message: string }[] = [];
  const value = normalizeDeep(s, 'input.items.0.evidence', found);
  return { value, problems: found.map((p) => (/must not contain control characters/.test(p.message) ? 'forbidden' : p.message)) };
}

describe('text fast path of the input boundary', () => {
  it('every character up to U+0400, alone and around combining marks, NUL and surrogates', () => {
    const samples: string[] = [];
    for (let c = 0; c <= 0x400; c++) {
      const ch = String.fromCharCode(c);
      samples.push(ch, `a${ch}`, `${ch}\u0301`, `e${ch}\u0301`, `Medellín ${ch}`, `${ch}\u0000`, `${ch}\ud800`, `${ch}\ud83d\ude00`);
    }
    samples.push('', 'IE Nariño', 'Ñandú', 'N\u0303andu\u0301', 'A\u030A', '\u212B', '\uFB01', '2026-03-01T00:00:00Z', '105001000001');
    let fast = 0;
    for (const s of samples) {
      expect({ s, ...optimised(s) }).toEqual({ s, ...plain(s) });
      if (PLAIN_TEXT.test(s)) fast++;
    }
    expect(fast).toBeGreaterThan(550); // the fast path was taken for the Latin-1 samples
  });

  it('random strings over ASCII, Latin-1, combining marks, surrogates and NUL', () => {
    const alphabet = ['a', 'Z', '0', ' ', 'é', 'ñ', 'Ñ', '\u00ff', '\u0100', '\u0301', '\u0303', '\u0000', '\ud800', '\udc00', '\ud83d\ude00', '\u212b', '\u1e9b'];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let i = 0; i < 5000; i++) {
      let s = '';
      for (let j = rnd(12); j > 0; j--) s += alphabet[rnd(alphabet.length)];
      expect({ s, ...optimised(s) }).toEqual({ s, ...plain(s) });
    }
  });

  it('objects and lists are walked as before', () => {
    const item = { daneCode: '105001000001', evidence: 'Acta N\u0303', list: ['e\u0301', 'plain'], nested: { x: 'ok\u0000' } };
    const found: { field: string; message: string }[] = [];
    normalizeDeep(item, 'input.items.3', found);
    expect(item).toEqual({ daneCode: '105001000001', evidence: 'Acta Ñ', list: ['é', 'plain'], nested: { x: 'ok\u0000' } });
    expect(found.map((f) => f.field)).toEqual(['input.items.3.nested.x']);
  });
});

describe('content hash of inbound records', () => {
  it('the one-shot crypto.hash gives the digest createHash gave (stored hashes stay valid: a re-sent record stays UNCHANGED)', () => {
    const rows = [
      { school_dane: '105001000001', year: '2025', component_code: 'DIR-01-01', score: 3, evidence: 'Acta 2025' },
      { school_dane: '105001000001', year: '2025', component_code: 'ACA-02-01', score: 1, evidence: 'Institución Educativa Ñandú 😀' },
      [{ a: null, b: [1, 2.5, true] }, { children: ['x'] }],
    ];
    for (const r of rows) {
      const text = JSON.stringify(r);
      expect(hash('md5', text, 'hex')).toBe(createHash('md5').update(text).digest('hex'));
    }
  });
});
