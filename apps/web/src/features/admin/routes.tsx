import type { RouteObject } from 'react-router';
import { page } from '../../lib/lazy-page';

/** Platform operators' pages; the API checks the right on every call. */
export const adminRoutes: RouteObject[] = [
  { path: 'admin/failed-jobs', lazy: page(() => import('./pages/FailedJobsPage')) },
  { path: 'admin/organizations', lazy: page(() => import('./pages/OrganizationsVerificationPage')) },
];
