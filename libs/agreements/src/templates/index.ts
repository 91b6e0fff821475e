import type { MechanismCode } from '@relais/domain';
import type { AgreementTemplate } from '../model';
import { INTERNSHIP_AGREEMENT } from './internship';
import { CIVIC_SERVICE_PARTNERSHIP, SOLIDARITY_HOLIDAY_PARTNERSHIP, VSI_PARTNERSHIP } from './partnership';
import { PUBLIC_SECONDMENT_AGREEMENT } from './public-secondment';
import { SKILLS_SPONSORSHIP_AGREEMENT } from './skills-sponsorship';
import { SOLIDARITY_LEAVE_REQUEST } from './solidarity-leave';
import { CONTRACT_AMENDMENT, STAFF_LOAN_AGREEMENT } from './staff-loan';
import { VOLUNTEERING_CHARTER } from './volunteering';

/** The documents each mechanism needs (facts sheet ../shared/facts/mechanisms.md, "Steps" and "Convention" of each). */
export const AGREEMENT_TEMPLATES: Record<MechanismCode, readonly AgreementTemplate[]> = {
  skills_sponsorship: [SKILLS_SPONSORSHIP_AGREEMENT],
  staff_loan: [STAFF_LOAN_AGREEMENT, CONTRACT_AMENDMENT],
  solidarity_leave: [SOLIDARITY_LEAVE_REQUEST],
  solidarity_holiday: [SOLIDARITY_HOLIDAY_PARTNERSHIP],
  vsi: [VSI_PARTNERSHIP],
  civic_service: [CIVIC_SERVICE_PARTNERSHIP],
  internship: [INTERNSHIP_AGREEMENT],
  volunteering: [VOLUNTEERING_CHARTER],
  public_secondment: [PUBLIC_SECONDMENT_AGREEMENT],
};
