import { HttpStatus } from '@nestjs/common';

/** Every error code the API returns, with its HTTP status. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: HttpStatus.BAD_REQUEST,
  MALFORMED_BODY: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  INVALID_CREDENTIALS: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  CSRF_FAILED: HttpStatus.FORBIDDEN,
  INVITATION_FOR_ANOTHER_EMAIL: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  IDENTIFIER_TAKEN: HttpStatus.CONFLICT,
  ALREADY_MEMBER: HttpStatus.CONFLICT,
  LAST_ADMIN: HttpStatus.CONFLICT,
  INVALID_TRANSITION: HttpStatus.CONFLICT,
  SUGGESTION_NOT_ACTIVE: HttpStatus.CONFLICT,
  PROPOSAL_PENDING: HttpStatus.CONFLICT,
  TOO_MANY_PENDING_PROPOSALS: HttpStatus.CONFLICT,
  THREAD_CLOSED: HttpStatus.CONFLICT,
  STALE_VERSION: HttpStatus.CONFLICT,
  TERMS_INCOMPLETE: HttpStatus.CONFLICT,
  TERMS_LOCKED: HttpStatus.CONFLICT,
  ALREADY_DONE: HttpStatus.CONFLICT,
  NOT_SPONSORSHIP: HttpStatus.CONFLICT,
  INVITATION_EXPIRED: HttpStatus.GONE,
  INVITATION_USED: HttpStatus.GONE,
  PAYLOAD_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  TOO_MANY_REQUESTS: HttpStatus.TOO_MANY_REQUESTS,
  EMAIL_NOT_VERIFIED: HttpStatus.FORBIDDEN,
  TOKEN_INVALID: HttpStatus.GONE,
  UNSUPPORTED_MEDIA_TYPE: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  SERVICE_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  INTERNAL: HttpStatus.INTERNAL_SERVER_ERROR,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export type FieldProblem = { path: string; reason: string };

/** A domain error: the exception filter turns it into `{ statusCode, code, message, details? }`. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldProblem[],
    /** Seconds before trying again, sent as Retry-After (429, 503). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  get statusCode(): number {
    return ERROR_STATUS[this.code];
  }
}

export const invalid = (details: FieldProblem[]) =>
  new ApiError('VALIDATION_FAILED', 'The request has invalid fields', details);

export const notFound = (what: string) => new ApiError('NOT_FOUND', `${what} not found`);
