import type { AuthUser } from '../auth/auth.decorators';
import { ApiError } from '../http/api-error';

export const requirePlatformAdmin = (user: AuthUser) => {
  if (!user.isPlatformAdmin) throw new ApiError('FORBIDDEN', 'Only platform admins may do this');
};
