import type { TestHub } from './hub';
import { Role } from '../../src/common/auth/roles';
import { ManagementArea } from '../../src/common/management-area';
import { registerRequest } from '../../src/modules/support-requests/support-request.service';
import type { RegisterSupportRequestInput } from '../../src/modules/support-requests/support-request.inputs';

export const newSupportRequest = (attrs: Partial<RegisterSupportRequestInput> = {}): RegisterSupportRequestInput => ({
  subject: 'Acompañamiento para ajustar el plan de estudios',
  area: ManagementArea.ACADEMIC,
  description: 'Solicitamos asesoría para articular el plan de estudios con los estándares básicos de competencias.',
  requesterName: 'Rectora',
  contact: 'rectoria@example.edu.co',
  ...attrs,
});

/** A request registered directly by the school itself. */
export const createSupportRequest = (hub: TestHub, secretariat: string, school: string, attrs: Partial<RegisterSupportRequestInput> = {}) =>
  registerRequest(
    hub.system({ subject: `test:school:${school}`, role: Role.SCHOOL, secretariat, school }),
    newSupportRequest({ daneCode: school, ...attrs }),
  );
