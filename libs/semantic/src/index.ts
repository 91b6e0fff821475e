export { Apertium } from './apertium';
export { hasPresentation, hasPresentationSql, PostingEncoder, postingText, presentationOf, MIN_PRESENTATION_LENGTH, type Embeddable, type Embedded } from './posting-encoder';
export { cosine, SentenceEncoder, VECTOR_DIMENSIONS } from './sentence-encoder';
