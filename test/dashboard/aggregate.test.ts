import { byMunicipality, byMunicipalityFromCounts, classificationTable, classificationTableFromCounts, needsByArea, needsByAreaFromCounts, sessionsByMonth, sessionsByMonthFromCounts, sortRows, toCsv } from '../../src/dashboard/app/aggregate';

const school = (daneCode: string, municipality: string, sector = 'OFFICIAL', zone = 'URBAN', active = true) => ({ daneCode, name: daneCode, municipality, sector, zone, active });
const schools = [school('1', 'Medellín'), school('2', 'Medellín', 'OFFICIAL', 'RURAL'), school('3', 'Bello', 'NON_OFFICIAL'), school('4', 'Bello', 'OFFICIAL', 'URBAN', false)];
const classifications = [
  { schoolDane: '1', modality: 'INTEGRAL', mandatory: true },
  { schoolDane: '2', modality: 'PUNCTUAL', mandatory: false },
  { schoolDane: '4', modality: 'PUNCTUAL', mandatory: false },
];

describe('dashboard figures (pure functions of the lists the hub returns)', () => {
  it('schools by classification and sector × zone: active schools only, the unclassified in their own row', () => {
    const t = classificationTable(schools, classifications);
    expect(t.rows).toEqual([
      { modality: 'INTEGRAL', cells: [1, 0, 0, 0], mandatory: 1, total: 1 },
      { modality: 'PUNCTUAL', cells: [0, 1, 0, 0], mandatory: 0, total: 1 },
      { modality: 'NONE', cells: [0, 0, 1, 0], mandatory: 0, total: 1 },
    ]);
  });

  it('programmed vs held per month: a rescheduled session counts in its new month, a cancelled one not at all', () => {
    const months = sessionsByMonth(
      [
        { schoolDane: '1', status: 'HELD', scheduledOn: '2026-03-10', heldOn: '2026-04-02' },
        { schoolDane: '1', status: 'RESCHEDULED', scheduledOn: '2026-03-11', rescheduledTo: '2026-05-01' },
        { schoolDane: '2', status: 'CANCELLED', scheduledOn: '2026-03-12' },
        { schoolDane: '2', status: 'PROGRAMMED', scheduledOn: '2026-03-20' },
      ],
      '2026',
    );
    expect(months).toHaveLength(12);
    expect(months.filter((m) => m.programmed || m.held)).toEqual([
      { month: '2026-03', programmed: 2, held: 0 },
      { month: '2026-04', programmed: 0, held: 1 },
      { month: '2026-05', programmed: 1, held: 0 },
    ]);
  });

  it('needs by management area in Guía 34 order, "no area" only when there is one', () => {
    expect(needsByArea([{ schoolDane: '1', area: 'ACADEMIC' }, { schoolDane: '1', area: 'ACADEMIC' }, { schoolDane: '2', area: 'COMMUNITY' }])).toEqual([
      { key: 'DIRECTIVE', count: 0 },
      { key: 'ACADEMIC', count: 2 },
      { key: 'ADMINISTRATIVE_FINANCIAL', count: 0 },
      { key: 'COMMUNITY', count: 1 },
    ]);
    expect(needsByArea([{ schoolDane: '1', area: null }]).at(-1)).toEqual({ key: 'NONE', count: 1 });
  });

  it('one row per municipality; pertinent means the current version REVIEWED as pertinent; inactive schools left out', () => {
    const rows = byMunicipality(
      schools,
      classifications,
      [
        { schoolDane: '1', status: 'REVIEWED', pertinent: true },
        { schoolDane: '2', status: 'DRAFT', pertinent: true },
        { schoolDane: '4', status: 'REVIEWED', pertinent: true },
      ],
      [{ schoolDane: '2', status: 'HELD', scheduledOn: '2026-03-01', heldOn: '2026-03-01' }],
      [{ schoolDane: '3', area: 'ACADEMIC' }, { schoolDane: '4', area: 'ACADEMIC' }],
    );
    expect(rows).toEqual([
      { municipality: 'Bello', schools: 1, integral: 0, punctual: 0, plans: 0, pertinent: 0, held: 0, needs: 1 },
      { municipality: 'Medellín', schools: 2, integral: 1, punctual: 1, plans: 2, pertinent: 1, held: 1, needs: 0 },
    ]);
  });

  it('sorts numbers numerically and text in Spanish, nulls last either way', () => {
    const rows = [{ n: 10, s: 'Ñuñoa', x: null }, { n: 9, s: 'Nariño', x: 1 }, { n: 100, s: 'Ábrego', x: 2 }];
    expect(sortRows(rows, 'n', 'asc').map((r) => r.n)).toEqual([9, 10, 100]);
    expect(sortRows(rows, 's', 'asc').map((r) => r.s)).toEqual(['Ábrego', 'Nariño', 'Ñuñoa']);
    expect(sortRows(rows, 'x', 'desc').map((r) => r.x)).toEqual([2, 1, null]);
  });

  it('writes a CSV as Spanish Excel opens it, formula-like text neutralised', () => {
    expect(toCsv(['a', 'b'], [['=1+1', 'x;y'], [3, null]])).toBe("\uFEFFa;b\r\n'=1+1;\"x;y\"\r\n3;\r\n");
  });
});

describe('figures from the hub counts (issue 14)', () => {
  it('without a strategy every active school of the registry is not classified; with one, its groups fill the table', () => {
    const groups = [
      { municipality: 'Bello', sector: 'OFFICIAL', zone: 'URBAN', schools: 3 },
      { municipality: 'Envigado', sector: 'NON_OFFICIAL', zone: 'RURAL', schools: 2 },
    ];
    expect(classificationTableFromCounts(null, groups).rows).toEqual([
      { modality: 'INTEGRAL', cells: [0, 0, 0, 0], mandatory: 0, total: 0 },
      { modality: 'PUNCTUAL', cells: [0, 0, 0, 0], mandatory: 0, total: 0 },
      { modality: 'NONE', cells: [3, 0, 0, 2], mandatory: 0, total: 5 },
    ]);
    const counts = [
      { municipality: 'Bello', sector: 'OFFICIAL', zone: 'URBAN', modality: 'INTEGRAL', schools: 2, mandatory: 1 },
      { municipality: 'Bello', sector: 'OFFICIAL', zone: 'URBAN', modality: null, schools: 1, mandatory: 0 },
      { municipality: 'Envigado', sector: 'NON_OFFICIAL', zone: 'RURAL', modality: 'PUNCTUAL', schools: 2, mandatory: 0 },
    ];
    expect(classificationTableFromCounts(counts, groups).rows.map((r) => [r.modality, r.total, r.mandatory])).toEqual([['INTEGRAL', 2, 1], ['PUNCTUAL', 2, 0], ['NONE', 1, 0]]);
    expect(byMunicipalityFromCounts(groups, counts, [{ municipality: 'Bello', plans: 3, pertinent: 1 }], [{ municipality: 'Envigado', held: 4 }], [])).toEqual([
      { municipality: 'Bello', schools: 3, integral: 2, punctual: 0, plans: 3, pertinent: 1, held: 0, needs: 0 },
      { municipality: 'Envigado', schools: 2, integral: 0, punctual: 2, plans: 0, pertinent: 0, held: 4, needs: 0 },
    ]);
  });

  it('months of the period filled with zeros; areas in Guía 34 order, "sin área" only when some', () => {
    const months = sessionsByMonthFromCounts([{ month: '2026-03', programmed: 2, held: 1 }, { month: '2027-01', programmed: 9, held: 9 }], '2026');
    expect(months).toHaveLength(12);
    expect(months[2]).toEqual({ month: '2026-03', programmed: 2, held: 1 });
    expect(months.reduce((n, m) => n + m.programmed, 0)).toBe(2);
    expect(needsByAreaFromCounts([{ area: 'COMMUNITY', needs: 2 }, { area: 'DIRECTIVE', needs: 1 }]).map((a) => a.key)).toEqual(['DIRECTIVE', 'ACADEMIC', 'ADMINISTRATIVE_FINANCIAL', 'COMMUNITY']);
    expect(needsByAreaFromCounts([{ area: null, needs: 3 }]).at(-1)).toEqual({ key: 'NONE', count: 3 });
  });
});
