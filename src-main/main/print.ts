import type { WebContents } from 'electron';
import type { SaveOutcome } from '../preload/api';

/**
 * The renderer's page as it prints (its print stylesheet shows only the lesson handout), as an A4
 * PDF with backgrounds, handed to `save` (the save dialog). Never rejects: a failed print is an
 * outcome the page can show.
 */
export async function printPageToPdf(
  sender: Pick<WebContents, 'printToPDF'>,
  suggestedName: string,
  save: (pdf: Uint8Array) => Promise<SaveOutcome>,
): Promise<SaveOutcome> {
  let pdf: Uint8Array;
  try {
    pdf = await sender.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { saved: false, reason: 'error', message: `Could not print ${suggestedName}: ${message}` };
  }
  return save(pdf);
}
