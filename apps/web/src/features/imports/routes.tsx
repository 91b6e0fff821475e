import type { RouteObject } from 'react-router';
import { page } from '../../lib/lazy-page';

export const importsRoutes: RouteObject[] = [{ path: 'organizations/:id/imports', lazy: page(() => import('./pages/ImportPage')) }];
