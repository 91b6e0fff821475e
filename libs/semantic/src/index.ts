export { Apertium } from './apertium';
export { PostingEncoder, postingText, presentationOf, type Embeddable, type Embedded } from './posting-encoder';
export { cosine, SentenceEncoder, VECTOR_DIMENSIONS } from './sentence-encoder';
