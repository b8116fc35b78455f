/** Spanish names of the schema's enums and roles (the official terms of the domain, docs/domain.md). */
export const ROLE: Record<string, string> = {
  QUALITY_LEADER: 'Líder de calidad educativa',
  IMPROVEMENT_PROFESSIONAL: 'Profesional de mejoramiento',
  QUALITY_STAFF: 'Funcionario de calidad',
  SCHOOL: 'Establecimiento educativo (EE)',
  MINISTRY: 'Ministerio de Educación (MEN)',
  INSPECTION: 'Inspección y vigilancia',
  CITIZEN_SERVICE: 'Atención al Ciudadano',
  ADMIN: 'Administrador',
  SUBPROCESS: 'Subproceso (sistema)',
};

export const MODALITY: Record<string, string> = {
  INTEGRAL: 'Acompañamiento integral',
  PUNCTUAL: 'Asesoría puntual',
  TRAINING: 'Capacitación',
  OTHER: 'Otra',
  NONE: 'Sin clasificar',
};

export const SECTOR: Record<string, string> = { OFFICIAL: 'Oficial', NON_OFFICIAL: 'No oficial' };
export const ZONE: Record<string, string> = { URBAN: 'Urbana', RURAL: 'Rural' };

export const AREA: Record<string, string> = {
  DIRECTIVE: 'Gestión directiva',
  ACADEMIC: 'Gestión académica',
  ADMINISTRATIVE_FINANCIAL: 'Gestión administrativa y financiera',
  COMMUNITY: 'Gestión de la comunidad',
  NONE: 'Sin área',
};
export const AREA_ORDER = ['DIRECTIVE', 'ACADEMIC', 'ADMINISTRATIVE_FINANCIAL', 'COMMUNITY', 'NONE'];

export const PLAN_STATUS: Record<string, string> = {
  DRAFT: 'Borrador',
  SUBMITTED: 'Enviado',
  REVIEWED: 'Revisado',
};

export const SESSION_STATUS: Record<string, string> = {
  PROGRAMMED: 'Programada',
  HELD: 'Realizada',
  CANCELLED: 'Cancelada',
  RESCHEDULED: 'Reprogramada',
};

export const STRATEGY_STATUS: Record<string, string> = {
  DRAFT: 'Borrador',
  SUBMITTED: 'Enviada',
  APPROVED: 'Aprobada',
  EXECUTION: 'En ejecución',
  EVALUATION: 'En evaluación',
  CLOSED: 'Cerrada',
};

export const NEED_RULE: Record<string, string> = {
  CURRICULUM_CHANGED_SINCE_REVIEW: 'Plan de estudios cambiado después de la revisión del PMI',
  EDUCATION_MODEL_CHANGED_SINCE_REVIEW: 'Nuevo modelo educativo después de la revisión del PMI',
  INSPECTION_ACTION_NOT_IN_PMI: 'Acción de inspección (F01.03) que no está en el PMI',
  LOW_SABER_11: 'Categoría Saber 11 baja',
  LOW_SABER_LEVEL: 'Alta proporción en nivel insuficiente (Saber 3/5/9)',
  LOW_SELF_EVALUATION: 'Autoevaluación baja (D01.03)',
  PEI_CHANGED_SINCE_REVIEW: 'PEI ajustado después de la revisión del PMI',
  PMI_MISSING: 'Sin PMI registrado',
  PMI_NOT_PERTINENT: 'PMI revisado como no pertinente',
};

export const PRIORITY: Record<string, string> = { HIGH: 'Alta', MEDIUM: 'Media', LOW: 'Baja' };
export const OBJECTIVES_MET: Record<string, string> = { YES: 'Sí', PARTLY: 'Parcialmente', NO: 'No' };
export const ACTION_KIND: Record<string, string> = { CORRECTIVE: 'Correctiva', PREVENTIVE: 'Preventiva' };

export const EVENT: Record<string, string> = {
  ASSISTANCE_EVALUATIONS_CONSOLIDATED: 'Consolidado de la evaluación revisado',
  ASSISTANCE_EVALUATION_SUBMITTED: 'Evaluación de la asesoría recibida',
  CONSOLIDATED_REPORT_PUBLISHED: 'Informe consolidado publicado',
  FOLLOW_UP_RECORDED: 'Seguimiento registrado',
  IMPROVEMENT_PLAN_REGISTERED: 'PMI registrado',
  IMPROVEMENT_PLAN_REVIEWED: 'PMI revisado',
  IMPROVEMENT_PLAN_SUBMITTED: 'PMI enviado',
  IMPROVEMENT_PLAN_UPDATED: 'PMI modificado',
  INFRASTRUCTURE_NEED_REPORTED: 'Necesidad de infraestructura reportada',
  INPUT_RECEIVED: 'Insumo recibido',
  IRREGULARITY_REPORT_SIGNED: 'Reporte de irregularidades firmado',
  NEEDS_IDENTIFIED: 'Necesidades identificadas',
  NONCONFORMITY_RAISED: 'No conformidad levantada',
  PMI_RESULTS_PUBLISHED: 'Resultados de los PMI publicados',
  SCHOOL_REGISTERED: 'EE registrado',
  SCHOOL_UPDATED: 'EE modificado',
  STRATEGY_ALIGNMENT_FAILED: 'Estrategia no alineada con el PAM',
  STRATEGY_APPROVED: 'Estrategia aprobada',
  STRATEGY_EVALUATION_STARTED: 'Estrategia en evaluación',
  STRATEGY_EXECUTION_STARTED: 'Estrategia en ejecución',
  STRATEGY_SUBMITTED: 'Estrategia enviada',
  SUPPORT_REQUEST_REGISTERED: 'Solicitud de apoyo registrada',
  SUPPORT_REQUEST_UPDATED: 'Solicitud de apoyo actualizada',
  VERIFICATION_RECORDED: 'Verificación registrada',
};

export const label = (map: Record<string, string>, key: string | null | undefined) =>
  key == null ? '—' : (map[key] ?? key);

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
/** "2026-04" → "abril de 2026". */
export const monthName = (ym: string) => `${MONTHS[Number(ym.slice(5, 7)) - 1] ?? ym} de ${ym.slice(0, 4)}`;
export const shortMonth = (ym: string) => (MONTHS[Number(ym.slice(5, 7)) - 1] ?? ym).slice(0, 3);

const nf = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 2 });
export const num = (n: number | null | undefined) => (n == null ? '—' : nf.format(n));
export const pct = (part: number, whole: number) => (whole ? `${nf.format(Math.round((part / whole) * 1000) / 10)} %` : '—');
export const pct01 = (x: number | null | undefined) => (x == null ? '—' : `${nf.format(Math.round(x * 1000) / 10)} %`);
export const date = (iso: string | null | undefined) =>
  iso ? new Date(iso.length === 10 ? `${iso}T12:00:00` : iso).toLocaleDateString('es-CO', { year: 'numeric', month: 'short', day: 'numeric' }) : '—';
