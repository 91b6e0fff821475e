import { Module } from '@nestjs/common';
import { ENV, type Env } from '@relais/config';
import { SearchIndex } from './search-index';

/**
 * Provides SearchIndex from the validated environment. MEILI_INDEX_PREFIX (default '') is
 * read here rather than in the env schema: only tests set it, to keep their indexes apart.
 */
@Module({
  providers: [
    {
      provide: SearchIndex,
      inject: [ENV],
      useFactory: (env: Env) =>
        new SearchIndex({
          url: env.MEILI_URL,
          apiKey: env.MEILI_MASTER_KEY,
          indexPrefix: process.env.MEILI_INDEX_PREFIX ?? '',
        }),
    },
  ],
  exports: [SearchIndex],
})
export class SearchModule {}
