/**
 * The V8 flags the API and the worker run with (scripts/start.ts, the benchmarks; the Dockerfile
 * sets the same in NODE_OPTIONS). V8 sizes the young generation by the machine's memory (64 MB
 * per half on a machine of 24 GB) and keeps it once touched. With 8 MB halves, npm run bench
 * measured the API's highest resident memory at 505 MB against 734, the worker's at 431 against
 * 473, and requests per second within the run-to-run spread (766 against 805 on the suggestions).
 */
export const NODE_FLAGS = ['--max-semi-space-size=8'];
