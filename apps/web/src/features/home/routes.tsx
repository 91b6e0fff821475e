import type { RouteObject } from 'react-router';
import { page } from '../../lib/lazy-page';

export const homeRoutes: RouteObject[] = [{ index: true, lazy: page(() => import('./pages/HomePage')) }];
