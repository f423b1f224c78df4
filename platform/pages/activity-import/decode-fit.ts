/**
 * FIT files through Garmin's FIT SDK (`@garmin/fitsdk`): checks the header and the CRC before
 * reading, so a damaged or cut-short file is refused whole rather than read as a shorter run.
 */
import { Decoder, Stream } from '@garmin/fitsdk';
import { ActivityFileProblem } from '../../../knowledge/journal/import/activity';
import type { FitMessages } from '../../../knowledge/journal/import/fit';

/** Size of the FIT file the header announces (header, records, 2-byte CRC), or null. */
function announcedSize(bytes: Uint8Array): number | null {
  if (bytes.length < 12) return null;
  const headerSize = bytes[0] ?? 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return headerSize + view.getUint32(4, true) + 2;
}

/** Decodes a FIT file's messages. Throws `ActivityFileProblem` when it is not sound. */
export function decodeFit(bytes: Uint8Array): FitMessages {
  const decoder = new Decoder(Stream.fromByteArray(bytes));
  if (!decoder.isFIT()) throw new ActivityFileProblem('is not a FIT file.');
  if (!decoder.checkIntegrity()) {
    const expected = announcedSize(bytes);
    throw new ActivityFileProblem(
      expected !== null && bytes.length < expected
        ? 'is cut short: it ends before the end of the activity (the copy or download may not have finished).'
        : 'is damaged: its checksum does not match its contents.',
    );
  }
  const { messages, errors } = decoder.read({
    expandComponents: false,
    expandSubFields: false,
    mergeHeartRates: false,
    includeUnknownData: false,
  });
  if (errors.length > 0) {
    throw new ActivityFileProblem(`could not be read: ${errors[0]?.message ?? 'unknown error'}.`);
  }
  return messages as FitMessages;
}
