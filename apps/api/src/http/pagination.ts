import { z } from 'zod';

export const MAX_PAGE_SIZE = 100;

export const paginationQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
});
export type Pagination = z.infer<typeof paginationQuery>;

export type Page<T> = { items: T[]; page: number; pageSize: number; total: number };

export const toPage = <T>(items: T[], total: number, { page, pageSize }: Pagination): Page<T> => ({
  items,
  page,
  pageSize,
  total,
});

export const offsetOf = ({ page, pageSize }: Pagination) => ({ skip: (page - 1) * pageSize, take: pageSize });
