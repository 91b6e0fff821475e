import type { RouteObject } from 'react-router';
import { page } from '../../lib/lazy-page';

export const notificationsRoutes: RouteObject[] = [{ path: 'notifications', lazy: page(() => import('./pages/NotificationsPage')) }];
