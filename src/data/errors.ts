import { LetopisError, type LetopisErrorCode, type LetopisErrorDetails } from '../core/errors.js';

/**
 * A data error with its code and facts. Its sentences (English and Russian,
 * with what to change) are written by `messages.ts`, loaded only when an
 * error is reported.
 */
export const fail = (code: LetopisErrorCode, details: LetopisErrorDetails = {}): LetopisError =>
  new LetopisError(code, `letopis: ${code} ${details.url ?? ''}`, '', details);
