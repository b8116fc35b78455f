/**
 * A school's DANE code (código DANE): exactly 12 digits (an institution's code is its main sede's). The one statement
 * of the rule: the boundary guard (input-guard.ts), the inputs' `@Matches`, page cursors (pagination.ts), inbound
 * items (src/inbound/validation.ts) and the token's `school` claim all test this pattern.
 */
export const DANE_CODE_PATTERN = /^\d{12}$/;
/** Whether a value is a well-formed DANE code (says nothing of whether a school has it). */
export const isDaneCode = (value: unknown): value is string => typeof value === 'string' && DANE_CODE_PATTERN.test(value);
