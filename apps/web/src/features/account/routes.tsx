import type { RouteObject } from 'react-router';
import { page } from '../../lib/lazy-page';

export const accountRoutes: RouteObject[] = [
  { path: 'signin', lazy: page(() => import('./pages/SignInPage')) },
  { path: 'signup', lazy: page(() => import('./pages/SignUpPage')) },
  { path: 'settings/profile', lazy: page(() => import('./pages/ProfilePage')) },
  { path: 'settings/notifications', lazy: page(() => import('./pages/NotificationSettingsPage')) },
  { path: 'settings/security', lazy: page(() => import('./pages/SecurityPage')) },
  { path: 'settings/data', lazy: page(() => import('./pages/MyDataPage')) },
  { path: 'forgot-password', lazy: page(() => import('./pages/ForgotPasswordPage')) },
  { path: 'reset-password/:token', lazy: page(() => import('./pages/ResetPasswordPage')) },
  { path: 'verify-email/:token', lazy: page(() => import('./pages/VerifyEmailPage')) },
];
