import type { RouteObject } from 'react-router';
import { page } from '../../lib/lazy-page';

/** Public pages: the mechanisms, the advisor and the calculators need no account. */
export const toolboxRoutes: RouteObject[] = [
  { path: 'toolbox', lazy: page(() => import('./pages/ToolboxPage')) },
  { path: 'toolbox/mechanisms/:code', lazy: page(() => import('./pages/MechanismPage')) },
  { path: 'toolbox/advisor', lazy: page(() => import('./pages/AdvisorPage')) },
  { path: 'toolbox/calculators', lazy: page(() => import('./pages/CalculatorsPage')) },
];
