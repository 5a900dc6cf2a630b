export * from './domain-error';
export { errorBody, errorResponse, errorText, isUniqueViolation } from './error-response';
export type { ErrorBody, ErrorResponse } from './error-response';
