export { Apertium } from './apertium';
export { cosine, SentenceEncoder, VECTOR_DIMENSIONS } from './sentence-encoder';
