import { authProblem, criterion, date, plural, time } from '../../src/dashboard/app/labels';
import { countAxis } from '../../src/dashboard/app/aggregate';

describe('dashboard labels (Spanish text the views show)', () => {
  it('dates and times are in Bogotá whatever the zone of the machine (TZ of this process set elsewhere)', () => {
    const zone = process.env.TZ;
    try {
      // 03:30 UTC on 2 April is still 1 April, 22:30 in Bogotá (UTC−5).
      for (const tz of ['Asia/Tokyo', 'UTC', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        expect(date('2026-04-02T03:30:00Z')).toMatch(/^1 (de )?abr\.? (de )?2026$/);
        expect(time('2026-04-02T03:30:05Z')).toMatch(/^22:30:05$|^10:30:05\s*p\.\s*m\.$/);
        // A calendar date stays that day.
        expect(date('2026-04-02')).toMatch(/^2 (de )?abr\.? (de )?2026$/);
      }
    } finally {
      process.env.TZ = zone;
    }
    expect(date(null)).toBe('—');
  });

  it('says in Spanish why the hub refused the token, never its English diagnostic', () => {
    expect(authProblem('Authentication failed: token expired')).toBe('su token expiró. Vuelva a ingresar.');
    expect(authProblem('Authentication failed: invalid token')).toBe('el token no es válido. Vuelva a ingresar.');
    expect(authProblem('Authentication failed: the token\'s secretariat "99999" is not in the registry')).toContain('secretaría del token');
    for (const m of ['Authentication failed: token expired', 'Authentication failed: token has no expiry (exp claim)', 'whatever']) {
      expect(authProblem(m)).not.toMatch(/Authentication|token expired|failed/);
    }
  });

  it('names evaluation criteria in Spanish: the period\'s own names first, then the defaults, else the code', () => {
    expect(criterion('PERTINENCE')).toBe('Pertinencia');
    expect(criterion('TIMELINESS')).toBe('Oportunidad');
    expect(criterion('PERTINENCE', { PERTINENCE: 'Pertinencia (responde a las necesidades del EE)' })).toBe('Pertinencia (responde a las necesidades del EE)');
    expect(criterion('CUSTOM_1')).toBe('CUSTOM_1');
  });

  it('agrees in number: one school, several schools', () => {
    expect(plural(1, 'el único EE está sin clasificar', 'los 1 EE están sin clasificar')).toBe('el único EE está sin clasificar');
    expect(plural(3, 'uno', 'varios')).toBe('varios');
    expect(plural(0, 'uno', 'varios')).toBe('varios');
  });

  it('count axes have round whole-number steps and end on a tick (13 → 0, 5, 10, 15)', () => {
    expect(countAxis(13)).toEqual({ max: 15, interval: 5 });
    expect(countAxis(5)).toEqual({ max: 5, interval: 1 });
    expect(countAxis(1)).toEqual({ max: 1, interval: 1 });
    expect(countAxis(0)).toEqual({ max: 1, interval: 1 });
    expect(countAxis(100)).toEqual({ max: 100, interval: 20 });
    expect(countAxis(7)).toEqual({ max: 8, interval: 2 });
    for (const n of [2, 3, 9, 12, 13, 27, 150, 1234]) {
      const a = countAxis(n);
      expect(Number.isInteger(a.interval)).toBe(true);
      expect(a.max % a.interval).toBe(0);
      expect(a.max).toBeGreaterThanOrEqual(n);
    }
  });
});
