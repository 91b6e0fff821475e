import type { RouteObject } from 'react-router';
import { page } from '../../lib/lazy-page';

export const engagementsRoutes: RouteObject[] = [{ path: 'engagements/:id', lazy: page(() => import('./pages/EngagementPage')) }];
