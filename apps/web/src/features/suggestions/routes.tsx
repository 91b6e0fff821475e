import type { RouteObject } from 'react-router';
import { page } from '../../lib/lazy-page';

export const suggestionsRoutes: RouteObject[] = [
  { path: 'needs/:id/suggestions', lazy: page(() => import('./pages/NeedSuggestionsPage')) },
  { path: 'offers/:id/suggestions', lazy: page(() => import('./pages/OfferSuggestionsPage')) },
];
