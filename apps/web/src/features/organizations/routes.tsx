import type { RouteObject } from 'react-router';
import { page } from '../../lib/lazy-page';

export const organizationsRoutes: RouteObject[] = [
  { path: 'organizations', lazy: page(() => import('./pages/DirectoryPage')) },
  { path: 'organizations/new', lazy: page(() => import('./pages/OrganizationCreatePage')) },
  { path: 'organizations/:id', lazy: page(() => import('./pages/OrganizationPage')) },
  { path: 'organizations/:id/edit', lazy: page(() => import('./pages/OrganizationEditPage')) },
  { path: 'organizations/:id/members', lazy: page(() => import('./pages/MembersPage')) },
  { path: 'organizations/:id/dashboard', lazy: page(() => import('./pages/DashboardPage')) },
  { path: 'my', lazy: page(() => import('./pages/MyOrganizationsPage')) },
  { path: 'invitations/:token', lazy: page(() => import('./pages/InvitationPage')) },
];
