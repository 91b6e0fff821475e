import type { RouteObject } from 'react-router';
import { page } from '../../lib/lazy-page';

export const proposalsRoutes: RouteObject[] = [
  { path: 'organizations/:id/proposals', lazy: page(() => import('./pages/ProposalsPage')) },
  { path: 'proposals/:id', lazy: page(() => import('./pages/ProposalPage')) },
];
