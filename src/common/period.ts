import { Matches } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { badInput } from './errors';

/**
 * A period (vigencia) is a calendar year, written "2026". PMIs, the PAM, strategies and reports are per period.
 * Schools on calendario B still report under the year their school year starts.
 */
export const PERIOD_PATTERN = /^(19|20)\d{2}$/;
export const IsPeriod = () => Matches(PERIOD_PATTERN, { message: '$property must be a year such as 2026 (vigencia)' });
/** For a bare `period` argument (no ArgsType to validate it): BAD_USER_INPUT on the argument unless it is a year. */
export function assertPeriod(period: string, field = 'period'): string {
  if (!PERIOD_PATTERN.test(period)) throw badInput(field, 'period must be a year such as 2026 (vigencia)');
  return period;
}
export const periodStart = (period: string) => new Date(`${period}-01-01T00:00:00Z`);
export const periodEnd = (period: string) => new Date(`${Number(period) + 1}-01-01T00:00:00Z`);

@ArgsType()
export class PeriodArgs {
  @Field({ description: 'Period (vigencia), e.g. 2026.' })
  @IsPeriod()
  period: string;
}
