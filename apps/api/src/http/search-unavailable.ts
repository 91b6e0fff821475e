import { Logger } from '@nestjs/common';
import { SearchFilterError } from '@relais/search';
import { ApiError } from './api-error';

const logger = new Logger('Search');

/** Listings read Meilisearch; when it cannot answer, say so with a 503 rather than a 500. */
export async function searching<T>(search: () => Promise<T>): Promise<T> {
  try {
    return await search();
  } catch (error) {
    if (error instanceof SearchFilterError) throw error;
    logger.warn(`Search failed: ${(error as Error).message}`);
    throw new ApiError('SERVICE_UNAVAILABLE', 'Search is unavailable for a moment: try again shortly');
  }
}
