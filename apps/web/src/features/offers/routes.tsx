import type { RouteObject } from 'react-router';
import { page } from '../../lib/lazy-page';

export const offersRoutes: RouteObject[] = [
  { path: 'offers', lazy: page(() => import('./pages/OfferSearchPage')) },
  { path: 'offers/:id', lazy: page(() => import('./pages/OfferPage')) },
  { path: 'offers/:id/edit', lazy: page(() => import('./pages/OfferEditPage')) },
  { path: 'organizations/:organizationId/offers/new', lazy: page(() => import('./pages/OfferCreatePage')) },
];
