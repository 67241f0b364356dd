import type { InterchangeDocument } from '../domain/interchange/index.ts';
import { validateDocument } from '../domain/interchange/index.ts';
import { decodeText, NotTextError } from '../formats/decode.ts';
import type { InputFormat } from '../formats/detect.ts';
import { type ImportTextOptions, importText } from '../formats/import-text.ts';
import type { Warning } from '../formats/outline/types.ts';
import { type CliContext, CliError } from './context.ts';
import { readInputBytes } from './read-input.ts';

export interface DocumentFile {
  file: string;
  format: InputFormat;
  document: InterchangeDocument;
  warnings: Warning[];
}

/** Any importable document, read from disk and turned into a validated interchange document. */
export function readDocumentFile(
  cli: CliContext,
  file: string,
  format?: InputFormat,
  data?: ImportTextOptions['data'],
): DocumentFile {
  try {
    const { text, warnings: decodeWarnings } = decodeText(readInputBytes(cli.io.cwd, file));
    const imported = importText(text, {
      path: file,
      ...(format ? { format } : {}),
      ...(data ? { data } : {}),
    });
    validateDocument(imported.document);
    return {
      file,
      format: imported.format,
      document: imported.document,
      warnings: [...decodeWarnings, ...imported.warnings],
    };
  } catch (error) {
    if (error instanceof NotTextError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}
