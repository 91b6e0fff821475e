import { z } from 'zod';
import { MEMBERSHIP_ROLES, normalizeRna, normalizeSiren, ORGANIZATION_KINDS } from '@relais/domain';
import { paginationQuery } from '../../http/pagination';
import { zCountry, zText } from '../../http/validation';

const zSiren = z.string().transform((value, ctx) => {
  const siren = normalizeSiren(value);
  if (!siren) ctx.addIssue({ code: 'custom', message: 'must be 9 digits with a valid checksum (SIREN)' });
  return siren ?? value;
});

const zRna = z.string().transform((value, ctx) => {
  const rna = normalizeRna(value);
  if (!rna) ctx.addIssue({ code: 'custom', message: 'must be W followed by 9 digits (RNA)' });
  return rna ?? value;
});

const zWebsite = z.url({ protocol: /^https?$/, message: 'must be an http(s) address' }).max(300);

const organizationFields = {
  name: zText(2, 200),
  kind: z.enum(ORGANIZATION_KINDS),
  country: zCountry,
  region: zText(1, 120).nullable().optional(),
  city: zText(1, 120).nullable().optional(),
  description: z.string().trim().max(5000).optional(),
  website: zWebsite.nullable().optional(),
  siren: zSiren.nullable().optional(),
  rna: zRna.nullable().optional(),
  generalInterest: z.boolean().optional(),
};

export const createOrganizationBody = z.object(organizationFields).strict();
export type CreateOrganizationBody = z.infer<typeof createOrganizationBody>;

export const updateOrganizationBody = z.object(organizationFields).partial().strict();
export type UpdateOrganizationBody = z.infer<typeof updateOrganizationBody>;

export const directoryQuery = paginationQuery
  .extend({
    q: z.string().trim().max(100).optional(),
    kind: z.enum(ORGANIZATION_KINDS).optional(),
    country: zCountry.optional(),
  })
  .strict();
export type DirectoryQuery = z.infer<typeof directoryQuery>;

export const changeRoleBody = z.object({ role: z.enum(MEMBERSHIP_ROLES) }).strict();
export type ChangeRoleBody = z.infer<typeof changeRoleBody>;
