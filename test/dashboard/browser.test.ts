import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestHub, expectData, type TestHub } from '../support/hub';
import { Role } from '../../src/common/auth/roles';
import { loadDemoData, DEMO_SECRETARIAT } from '../../src/demo/seed';

/**
 * The dashboard in a real browser (Debian's chromium, headless) against a real hub on the demo jurisdiction:
 * sign-in per kind of role, the numbers, a change through the API seen without reload, a cut WebSocket that
 * resumes from its cursor without losing the change, a school that sees only itself. Screenshots: /tmp/dashboard-*.png.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs it (apt-get install chromium)`);
const maybe = haveChromium ? describe : describe.skip;
if (!haveChromium) console.warn(`test/dashboard/browser.test.ts skipped: no ${CHROMIUM} (apt-get install chromium)`);

jest.setTimeout(120_000);

let hub: TestHub;
let browser: Browser;
let base: string;
let admin: string;

beforeAll(async () => {
  if (!haveChromium) return;
  // The static files: built by Vite unless current (src/dashboard/build.mjs compares with the sources).
  execFileSync(process.execPath, [path.join(__dirname, '../../src/dashboard/build.mjs')], { stdio: 'inherit' });
  hub = await startTestHub({ DASHBOARD_DEV_TOKENS: 'true' });
  await loadDemoData(hub.runtime);
  base = hub.url.replace(/\/graphql$/, '');
  admin = await hub.token({ role: Role.ADMIN });
  // A second secretariat in another department, for the Ministry's comparison.
  expectData(await hub.gql(`mutation { createSecretariat(input: { code: "25754", name: "Secretaría de Educación de Soacha", department: "Cundinamarca" }) { code } }`, {}, admin));
  expectData(
    await hub.gql(
      `mutation { createSchool(input: { daneCode: "125754000011", secretariat: "25754", name: "IE Soacha Centro", sector: OFFICIAL, zone: URBAN, municipality: "Soacha", municipalityCode: "25754" }) { daneCode } }`,
      {},
      admin,
    ),
  );
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

async function open(width = 1280, height = 900): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  (page as unknown as { problems: string[] }).problems = problems;
  await page.goto(`${base}/dashboard/`);
  return page;
}

async function pickRole(page: Page, role: string, school?: string) {
  await page.selectOption('[data-testid=role]', role);
  if (school) {
    await page.waitForSelector(`[data-testid=school] option[value="${school}"]`, { state: 'attached' });
    await page.selectOption('[data-testid=school]', school);
  }
  await page.click('[data-testid=dev-signin]');
  await page.waitForSelector('[data-testid=live]:has-text("en vivo")');
}

const text = (page: Page, testId: string) => page.textContent(`[data-testid=${testId}]`).then((t) => t?.trim());
async function waitForText(page: Page, testId: string, expected: string, timeout = 15_000) {
  await page.waitForFunction(([id, want]) => document.querySelector(`[data-testid=${id}]`)?.textContent?.trim() === want, [testId, expected] as const, { timeout });
}

/** Active schools of the demo secretariat, as the hub counts them (the figure the dashboard must show). */
async function activeSchools(): Promise<string> {
  type Schools = { schools: { edges: { node: { active: boolean } }[] } };
  const res = await hub.gql<Schools, Record<string, never>>(`query { schools(secretariat: "${DEMO_SECRETARIAT}", first: 200) { edges { node { active } } } }`, {}, admin);
  return String(expectData(res).schools.edges.filter((e) => e.node.active).length);
}

/** Open needs, held sessions (current state) and overdue actions of the demo secretariat, from the lists. */
async function listFigures(): Promise<{ needs: string; held: string; overdue: string }> {
  const period = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota', year: 'numeric' }).format(new Date());
  type R = {
    supportNeeds: { totalCount: number };
    overdueQualityActions: { totalCount: number };
    assistanceStrategyOf: { id: string } | null;
  };
  const r = expectData(
    await hub.gql<R, Record<string, never>>(
      `query { supportNeeds(period: "${period}", secretariat: "${DEMO_SECRETARIAT}", status: OPEN, first: 1) { totalCount }
               overdueQualityActions(secretariat: "${DEMO_SECRETARIAT}", first: 1) { totalCount }
               assistanceStrategyOf(period: "${period}", secretariat: "${DEMO_SECRETARIAT}") { id } }`,
      {},
      admin,
    ),
  );
  let held = 0;
  if (r.assistanceStrategyOf) {
    type S = { assistanceSessions: { edges: { node: { status: string } }[]; pageInfo: { hasNextPage: boolean } } };
    const s = expectData(await hub.gql<S, Record<string, never>>(`query { assistanceSessions(strategyId: "${r.assistanceStrategyOf.id}", first: 200) { edges { node { status } } pageInfo { hasNextPage } } }`, {}, admin));
    expect(s.assistanceSessions.pageInfo.hasNextPage).toBe(false);
    held = s.assistanceSessions.edges.filter((e) => e.node.status === 'HELD').length;
  }
  return { needs: String(r.supportNeeds.totalCount), held: String(held), overdue: String(r.overdueQualityActions.totalCount) };
}

async function createSchool(daneCode: string, name: string, municipality: string) {
  expectData(
    await hub.gql(
      `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { daneCode } }`,
      { input: { daneCode, secretariat: DEMO_SECRETARIAT, name, sector: 'OFFICIAL', zone: 'RURAL', municipality, municipalityCode: '05088' } },
      admin,
    ),
  );
}

maybe('the dashboard in a browser', () => {
  it('a quality leader signs in with the role picker and sees the jurisdiction: numbers, charts, links to the records', async () => {
    const page = await open();
    const queries: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.method() === 'POST') queries.push(String((r.postDataJSON() as { query?: string })?.query ?? ''));
    });
    await pickRole(page, 'QUALITY_LEADER');
    await waitForText(page, 'kpi-schools', '12');
    // One load of the view alone (the sign-in page's picker lists schools): reload, the token stays in the tab.
    queries.length = 0;
    await page.reload();
    await waitForText(page, 'kpi-schools', '12');
    // The KPIs the hub counts (issue 14) are the lists' figures: open needs, held sessions, overdue actions.
    const lists = await listFigures();
    await waitForText(page, 'kpi-needs', lists.needs);
    await waitForText(page, 'kpi-held', lists.held);
    await waitForText(page, 'kpi-overdue', lists.overdue);
    // The jurisdiction view walks no list: it reads the counts (the records pages read the rows).
    expect(queries.filter((q) => /\b(schools|improvementPlans|supportNeeds|assistanceSessions)\(/.test(q))).toEqual([]);
    expect(queries.some((q) => q.includes('supportNeedCounts('))).toBe(true);
    expect(await text(page, 'kpi-plans')).toBe('10');
    expect(await text(page, 'kpi-pertinent')).toBe('2');
    expect(await text(page, 'pmi-reviewed')).toBe('4');
    expect(await text(page, 'kpi-nonconformities')).toBe('1');
    expect(Number(await text(page, 'kpi-needs'))).toBeGreaterThan(0);
    await page.waitForSelector('#clasificacion svg'); // ECharts drew its SVG
    expect(await page.locator('.notice').count()).toBe(0); // no panel refused for the leader
    await page.screenshot({ path: '/tmp/dashboard-leader.png', fullPage: true });

    // Every number links to the records behind it: the pertinent PMIs are the 2 the figure says.
    queries.length = 0;
    await page.click('[data-testid=pmi-pertinent]');
    await waitForText(page, 'records-count', '2 registros');
    // A records page reads the lists it shows (the PMIs, the registry for names), not every list of the view.
    expect(queries.filter((q) => /\b(supportNeeds|assistanceSessions|nonconformities|overdueQualityActions)\(/.test(q))).toEqual([]);
    await page.goBack();
    await page.click('[data-testid=class-INTEGRAL]');
    const integral = await text(page, 'records-count');
    expect(integral).toMatch(/^\d+ registros?$/);
    await page.screenshot({ path: '/tmp/dashboard-records.png', fullPage: true });

    // An export through the hub's own operation (pmiFollowUpRecord) downloads a CSV.
    await page.goBack();
    await waitForText(page, 'kpi-plans', '10');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-followup-csv]')]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);

    // Another period (vigencia): the figures are the hub's for that year (the demo has no PMI in the previous one).
    const previous = String(Number(new Date().getFullYear()) - 1);
    await page.fill('[data-testid=period]', previous);
    await waitForText(page, 'kpi-plans', '0');
    expect(await page.textContent('h1.view-title')).toContain(previous);
    await page.fill('[data-testid=period]', String(new Date().getFullYear()));
    await waitForText(page, 'kpi-plans', '10');
    expect((page as unknown as { problems: string[] }).problems).toEqual([]);
    await page.close();
  });

  it('a change through the API shows without reload within a second; a cut WebSocket resumes from its cursor without losing a change', async () => {
    const page = await open();
    await pickRole(page, 'QUALITY_LEADER');
    await waitForText(page, 'kpi-schools', '12');
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    await createSchool('205088000011', 'IE Rural de Bello', 'Bello');
    const committed = Date.now(); // the change and its event are committed when the mutation answers
    await waitForText(page, 'kpi-schools', '13');
    const latency = Date.now() - committed;
    // Within a second of the event (≈300 ms here); on a machine running far more than it has cores, the bound is
    // relaxed (the browser, the hub and PostgreSQL share them) and the figure printed.
    const loaded = os.loadavg()[0] > 2 * os.cpus().length;
    if (loaded) console.warn(`dashboard live latency ${latency} ms under load ${os.loadavg()[0].toFixed(1)}`);
    expect(latency).toBeLessThan(loaded ? 5000 : 1000);
    expect(await page.locator('[data-testid=municipalities] th:has-text("Bello")').count()).toBe(1);
    const cursorBefore = await page.getAttribute('[data-testid=live]', 'data-cursor');
    expect(cursorBefore).toBeTruthy();

    // Cut the WebSocket and hold the reconnection; change something meanwhile; let it reconnect.
    await page.evaluate(() => (window as unknown as { __pmiDashboard: { live: { cut(ms: number): void } } }).__pmiDashboard.live.cut(20_000));
    await page.waitForSelector('[data-testid=live]:has-text("reconectando")');
    await page.screenshot({ path: '/tmp/dashboard-reconnecting.png' });
    await createSchool('205088000029', 'IE Rural El Hatillo', 'Bello');
    await page.waitForTimeout(500);
    expect(await text(page, 'kpi-schools')).toBe('13'); // nothing arrives while cut
    await page.evaluate(() => (window as unknown as { __pmiDashboard: { live: { release(): void } } }).__pmiDashboard.live.release());
    await page.waitForSelector('[data-testid=live]:has-text("en vivo")', { timeout: 10_000 });
    await waitForText(page, 'kpi-schools', await activeSchools());

    // The missed event was replayed from the cursor, once: the live feed holds each school.registered exactly once.
    const feed = await page.evaluate(() =>
      (window as unknown as { __pmiDashboard: { live: { recent: { type: string; entityId: string; cursor: string }[]; cursor: string } } }).__pmiDashboard.live,
    );
    const registered = feed.recent.filter((e) => e.type === 'SCHOOL_REGISTERED').map((e) => e.entityId);
    expect(registered.sort()).toEqual(['205088000011', '205088000029']);
    expect(feed.cursor).not.toBe(cursorBefore);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await page.screenshot({ path: '/tmp/dashboard-live.png', fullPage: true });
    await page.close();
  });

  it('the improvement professional and the quality staff see the jurisdiction too (a token pasted, or picked)', async () => {
    const page = await open();
    const professional = await hub.token({ role: Role.IMPROVEMENT_PROFESSIONAL, secretariat: DEMO_SECRETARIAT });
    await page.fill('[data-testid=token]', professional);
    await page.click('[data-testid=paste-signin]');
    await waitForText(page, 'kpi-schools', await activeSchools());
    expect(await page.textContent('header.top')).toContain('Profesional de mejoramiento');
    await page.click('text=Salir');
    await pickRole(page, 'QUALITY_STAFF');
    await waitForText(page, 'kpi-schools', await activeSchools());
    expect(await text(page, 'kpi-plans')).toBe('10');
    await page.close();

    // An identity provider's redirect with the token in the fragment: signed in, and the token leaves the address bar.
    const redirected = await browser.newPage();
    await redirected.goto(`${base}/dashboard/#access_token=${professional}&token_type=Bearer&expires_in=3600`);
    await waitForText(redirected, 'kpi-schools', await activeSchools());
    expect(redirected.url()).not.toContain('access_token');
    await redirected.close();
  });

  it('a role that may read less (Atención al Ciudadano) sees the refusal in each panel, never a made-up figure', async () => {
    const page = await open();
    await pickRole(page, 'CITIZEN_SERVICE');
    await waitForText(page, 'kpi-schools', await activeSchools());
    await page.waitForSelector('#pmi .notice');
    expect(await page.textContent('#pmi .notice')).toContain('Su rol no puede ver estos datos');
    expect(await text(page, 'kpi-plans')).toBe('—');
    expect(await page.locator('#clasificacion .notice').count()).toBe(1);
    // The municipality table: the schools it may read, "—" where it may not (not 0).
    const cells = await page.locator('[data-testid=municipalities] tbody tr >> nth=0 >> td').allTextContents();
    expect(cells.slice(1)).toEqual(['—', '—', '—', '—', '—', '—']);
    // Records the hub refuses this role are not offered for download (it would answer "Su rol no puede ver estos datos").
    await page.waitForSelector('#evaluacion .notice');
    const exports = (await page.textContent('#registros')) ?? '';
    expect(exports).not.toContain('Seguimiento de los PMI');
    expect(exports).not.toContain('Evaluación de asesoría');
    expect(await page.locator('[data-testid=export-followup-csv]').count()).toBe(0);
    await page.screenshot({ path: '/tmp/dashboard-citizen-service.png', fullPage: true });
    await page.close();
  });

  it('inspection lands on its secretariat, an administrator on the comparison of secretariats', async () => {
    const page = await open();
    await pickRole(page, 'INSPECTION');
    await waitForText(page, 'kpi-schools', await activeSchools());
    expect(await page.textContent('header.top')).toContain('Inspección y vigilancia');
    await page.click('text=Salir');
    await pickRole(page, 'ADMIN');
    await waitForText(page, 'nat-secretariats', '2');
    expect(page.url()).toContain('#/ministerio');
    expect((page as unknown as { problems: string[] }).problems).toEqual([]);
    await page.close();
  });

  it('a school lands on its own page and sees only itself', async () => {
    const page = await open();
    await pickRole(page, 'SCHOOL', '105001000011');
    await waitForText(page, 'school-name', 'Institución Educativa La Esperanza');
    expect(page.url()).toContain('#/escuela/105001000011');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=school-signals]')?.textContent) > 0);
    expect(await text(page, 'school-plan')).not.toBe('—');
    await page.screenshot({ path: '/tmp/dashboard-school.png', fullPage: true });

    // Another school's page: the hub answers NOT_FOUND, the page says so and shows nothing of it.
    await page.evaluate(() => (location.hash = '#/escuela/105001000029'));
    await page.waitForSelector('.notice');
    expect(await page.textContent('main')).not.toContain('San Javier');
    // The registry as this school sees it: itself only.
    await page.evaluate(() => (location.hash = '#/registros/escuelas'));
    await waitForText(page, 'records-count', '1 registro');
    expect(await page.textContent('[data-testid=records]')).toContain('La Esperanza');
    await page.close();
  });

  it('the Ministry compares every secretariat, sorts and filters by department, and downloads the table', async () => {
    const page = await open();
    await pickRole(page, 'MINISTRY');
    await page.waitForSelector('[data-testid=ministry-table] tbody tr >> nth=1');
    expect(await page.locator('[data-testid=ministry-table] tbody tr').count()).toBe(2);
    await waitForText(page, 'nat-secretariats', '2');
    await page.click('[data-testid=ministry-table] th button:has-text("EE")');
    await page.click('[data-testid=ministry-table] th button:has-text("EE")'); // descending
    expect(await page.getAttribute('[data-testid=ministry-table] th:has(button:has-text("EE"))', 'aria-sort')).toBe('descending');
    expect(await page.textContent('[data-testid=ministry-table] tbody tr >> nth=0')).toContain('Medellín');
    await page.screenshot({ path: '/tmp/dashboard-ministry.png', fullPage: true });

    await page.selectOption('[data-testid=department]', 'Cundinamarca');
    await waitForText(page, 'nat-secretariats', '1');
    // The summary and the table render from the same answer but not in the same frame: wait for the table too.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=ministry-table] tbody tr').length === 1, null, { timeout: 10_000 }).catch(() => undefined);
    expect(await page.locator('[data-testid=ministry-table] tbody tr').count()).toBe(1);
    expect(await page.textContent('[data-testid=ministry-table]')).toContain('Soacha');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=ministry-csv]')]);
    expect(download.suggestedFilename()).toBe(`resultados-pmi-${new Date().getFullYear()}-Cundinamarca.csv`);

    // A secretariat's own view, from the Ministry's table.
    await page.selectOption('[data-testid=department]', '');
    await page.click('[data-testid=ministry-table] a:has-text("Medellín")');
    await waitForText(page, 'kpi-schools', await activeSchools());
    await page.close();
  });

  it('passes the axe-core WCAG 2.1 A/AA rules on the sign-in page and on each view', async () => {
    // bypassCSP: axe is injected as an inline script, which the dashboard's own policy rightly refuses.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    const axe = async (where: string) => {
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const result = await page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect({ where, violations: result }).toEqual({ where, violations: [] });
    };
    await page.goto(`${base}/dashboard/`);
    await page.waitForSelector('[data-testid=role]');
    await axe('sign-in');
    await pickRole(page, 'QUALITY_LEADER');
    await waitForText(page, 'kpi-schools', await activeSchools());
    await page.waitForSelector('#clasificacion svg');
    await axe('jurisdiction');
    await page.evaluate(() => (location.hash = '#/escuela/105001000011'));
    await waitForText(page, 'school-name', 'Institución Educativa La Esperanza');
    await page.waitForSelector('#senales table');
    await axe('school');
    await page.evaluate(() => (location.hash = '#/registros/necesidades'));
    await page.waitForSelector('[data-testid=records]');
    await axe('records');
    await page.click('text=Salir');
    await pickRole(page, 'MINISTRY');
    await page.waitForSelector('[data-testid=ministry-table] tbody tr');
    await axe('ministry');
    await context.close();
  });

  it('works on a phone-sized screen and by keyboard', async () => {
    const page = await open(390, 844);
    await page.waitForSelector('[data-testid=role]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('role');
    await pickRole(page, 'QUALITY_LEADER');
    await waitForText(page, 'kpi-schools', await activeSchools());
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0); // no sideways scrolling of the page (wide tables scroll inside their box)
    await page.screenshot({ path: '/tmp/dashboard-phone.png', fullPage: true });
    await page.close();
  });
});
