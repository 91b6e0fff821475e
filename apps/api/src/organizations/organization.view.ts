import type { Organization } from '@relais/database';

/** What anyone may see of an organization. */
export type OrganizationView = Omit<Organization, 'searchText'>;

export const toOrganizationView = ({ searchText: _searchText, ...organization }: Organization): OrganizationView =>
  organization;
