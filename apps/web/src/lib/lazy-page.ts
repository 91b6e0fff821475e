import type { ComponentType } from 'react';

/** A route whose page (its module's default export) is loaded when first visited: one bundle per page. */
export const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });
