import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { SearchFilterError } from '@relais/search';
import { ToolboxInputError } from '@relais/toolbox';
import { ApiError, ERROR_STATUS, invalid, type ErrorCode } from './api-error';
import { isDatabaseUnavailable } from './database-unavailable';

type ErrorBody = { statusCode: number; code: ErrorCode; message: string; details?: ApiError['details'] };

/** Fastify's own errors (body parsing, size limit) carry a code and a status. */
function fromFastify(error: Error & { code?: string; statusCode?: number }): ApiError | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError('PAYLOAD_TOO_LARGE', 'The request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json (a signed agreement as application/pdf, an import file as text/csv)');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ApiError('MALFORMED_BODY', 'The request body is not valid JSON');
  }
  if (error instanceof SyntaxError && error.statusCode === 400) {
    return new ApiError('MALFORMED_BODY', 'The request body is not valid JSON');
  }
  return null;
}

function fromHttpException(error: HttpException): ApiError {
  const status = error.getStatus();
  const code = (Object.keys(ERROR_STATUS) as ErrorCode[]).find((c) => ERROR_STATUS[c] === status);
  if (status === 404) return new ApiError('NOT_FOUND', 'No such route');
  return new ApiError(code ?? 'INTERNAL', error.message);
}

/** One JSON error shape for every error; no stack traces or SQL reach the client. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(ErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const error = this.toApiError(exception);
    const body: ErrorBody = { statusCode: error.statusCode, code: error.code, message: error.message };
    if (error.details) body.details = error.details;
    if (error.retryAfterSeconds) void reply.header('retry-after', String(error.retryAfterSeconds));
    void reply.status(error.statusCode).send(body);
  }

  private toApiError(exception: unknown): ApiError {
    if (exception instanceof ApiError) return exception;
    // Request values are validated before they reach a search filter; this is the last line of defence.
    if (exception instanceof SearchFilterError) return invalid([{ path: exception.field, reason: exception.reason }]);
    if (exception instanceof ToolboxInputError) return invalid([{ path: exception.field, reason: exception.reason }]);
    if (exception instanceof HttpException) {
      // The Fastify adapter wraps body-parsing errors in an HttpException; the original is the cause.
      const cause = exception.cause;
      return (cause instanceof Error && fromFastify(cause)) || fromHttpException(exception);
    }
    if (exception instanceof Error) {
      const known = fromFastify(exception);
      if (known) return known;
      if (isDatabaseUnavailable(exception)) {
        this.logger.warn(`Database unavailable: ${exception.message}`);
        return new ApiError('SERVICE_UNAVAILABLE', 'The database does not answer: try again in a moment');
      }
      this.logger.error(exception.message, exception.stack);
    } else {
      this.logger.error(`Non-error thrown: ${String(exception)}`);
    }
    return new ApiError('INTERNAL', 'Something went wrong on our side');
  }
}
