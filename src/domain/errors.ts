// Domain errors carry a stable code; the server and CLI map codes to HTTP statuses and exit codes.
// Nothing here knows about HTTP.

export interface Issue {
  /** JSON pointer of the offending value ("" for the whole document). */
  pointer: string;
  message: string;
}

export class WaymarkError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends WaymarkError {
  constructor(
    message: string,
    readonly issues: readonly Issue[],
  ) {
    super('invalid_document', message);
  }
}

export class NotFoundError extends WaymarkError {
  constructor(message: string) {
    super('not_found', message);
  }
}

export class AlreadyExistsError extends WaymarkError {
  constructor(message: string) {
    super('already_exists', message);
  }
}

/** A write named a base revision that is no longer the head: the caller must re-read and retry. */
export class StaleRevisionError extends WaymarkError {
  constructor(
    readonly baseRevisionId: string | null,
    readonly currentRevisionId: string,
  ) {
    super(
      'stale_revision',
      `the roadmap changed since revision ${baseRevisionId ?? '(none)'}: its current revision is ${currentRevisionId}`,
    );
  }
}
