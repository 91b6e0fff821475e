import { createBrowserRouter, type RouteObject } from 'react-router';
import { accountRoutes } from '../features/account/routes';
import { adminRoutes } from '../features/admin/routes';
import { homeRoutes } from '../features/home/routes';
import { importsRoutes } from '../features/imports/routes';
import { needsRoutes } from '../features/needs/routes';
import { notificationsRoutes } from '../features/notifications/routes';
import { offersRoutes } from '../features/offers/routes';
import { organizationsRoutes } from '../features/organizations/routes';
import { engagementsRoutes } from '../features/engagements/routes';
import { proposalsRoutes } from '../features/proposals/routes';
import { suggestionsRoutes } from '../features/suggestions/routes';
import { toolboxRoutes } from '../features/toolbox/routes';
import { Layout } from './Layout';
import { NotFound, RouteError } from './RouteError';

const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    children: [
      {
        // Inside the layout, so that the header stays when a page fails.
        errorElement: <RouteError />,
        children: [
          ...homeRoutes,
          ...accountRoutes,
          ...needsRoutes,
          ...offersRoutes,
          ...suggestionsRoutes,
          ...organizationsRoutes,
          ...importsRoutes,
          ...proposalsRoutes,
          ...engagementsRoutes,
          ...notificationsRoutes,
          ...toolboxRoutes,
          ...adminRoutes,
          { path: '*', Component: NotFound },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
