import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `school_classification.reasons` are text for people and are now written in Spanish (src/modules/strategy/
 * classification.ts, REASON_TEXT; outside testers found them English). Reasons stored before are translated in place,
 * element by element, so every strategy reads alike; any other text is kept as it is.
 */
export class SpanishClassificationReasons1764850000000 implements MigrationInterface {
  name = 'SpanishClassificationReasons1764850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE school_classification c SET reasons = ARRAY(
        SELECT CASE
                 WHEN r = 'Mandatory inclusion: non-official school in régimen controlado'
                   THEN 'Inclusión obligatoria: establecimiento no oficial en régimen controlado'
                 WHEN r = 'Mandatory inclusion: official school with low SABER performance'
                   THEN 'Inclusión obligatoria: establecimiento oficial con bajo desempeño en las pruebas SABER'
                 WHEN r ~ '^[0-9]+ open need\\(s\\): (integral from|fewer than) [0-9]+'
                   THEN format(
                     CASE WHEN r LIKE '%integral from%' THEN '%s necesidad%s abierta%s: acompañamiento integral (desde %s)'
                          ELSE '%s necesidad%s abierta%s: asesoría puntual (menos de %s)' END,
                     substring(r FROM '^([0-9]+)'),
                     CASE WHEN substring(r FROM '^([0-9]+)') = '1' THEN '' ELSE 'es' END,
                     CASE WHEN substring(r FROM '^([0-9]+)') = '1' THEN '' ELSE 's' END,
                     substring(r FROM '(?:from|than) ([0-9]+)'))
                 ELSE r
               END
          FROM unnest(c.reasons) WITH ORDINALITY AS u(r, i) ORDER BY i)
       WHERE EXISTS (SELECT 1 FROM unnest(c.reasons) r WHERE r LIKE 'Mandatory inclusion:%' OR r LIKE '% open need(s):%')`);
  }

  async down(): Promise<void> {
    // Translation of display text: nothing to undo.
  }
}
