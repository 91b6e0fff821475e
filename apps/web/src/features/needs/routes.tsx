import type { RouteObject } from 'react-router';
import { page } from '../../lib/lazy-page';

export const needsRoutes: RouteObject[] = [
  { path: 'needs', lazy: page(() => import('./pages/NeedSearchPage')) },
  { path: 'needs/:id', lazy: page(() => import('./pages/NeedPage')) },
  { path: 'needs/:id/edit', lazy: page(() => import('./pages/NeedEditPage')) },
  { path: 'organizations/:organizationId/needs/new', lazy: page(() => import('./pages/NeedCreatePage')) },
];
