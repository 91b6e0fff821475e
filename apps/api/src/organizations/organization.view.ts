import { foldText } from '@relais/domain';
import type { Organization } from '@relais/database';

/** What anyone may see of an organization. */
export type OrganizationView = Omit<Organization, 'searchText'>;

export const toOrganizationView = ({ searchText: _searchText, ...organization }: Organization): OrganizationView =>
  organization;

export const organizationSearchText = (o: Pick<Organization, 'name' | 'city' | 'region' | 'description'>) =>
  foldText([o.name, o.city, o.region, o.description].filter(Boolean).join(' '));
