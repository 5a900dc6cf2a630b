export * from './domain-error';
export {
  codeOfStatus,
  errorBody,
  errorResponse,
  errorText,
  isUniqueViolation,
  toDomainError,
} from './error-response';
export type { ErrorBody, ErrorResponse } from './error-response';
