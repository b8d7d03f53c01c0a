import { dirname } from 'node:path';
import * as pdfmakeModule from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

type PdfMake = typeof pdfmakeModule;

/**
 * pdfmake's Node entry exports one instance whose methods live on its class. Under
 * `esModuleInterop` (the API's build) `import * as` copies own properties only and keeps the
 * instance as `default`; without it (tests) the import is the instance itself.
 */
const pdfmake = ((pdfmakeModule as unknown as { default?: PdfMake }).default ?? pdfmakeModule) as PdfMake;

/**
 * Roboto, shipped with pdfmake, has æ, ø and å (and every other Latin letter) and is embedded
 * as a subset, so the PDF looks the same everywhere and text extraction gives real letters.
 * Its module names the files by absolute path; it is required at run time, which keeps it
 * external in the API's bundle so the paths point into node_modules. It has no types.
 */
const ROBOTO = (require('pdfmake/fonts/Roboto') as TFontDictionary)['Roboto'];
const FONT_DIR = dirname(String(ROBOTO.normal));

let configured = false;

function configure(): void {
  if (configured) return;
  pdfmake.setFonts({ Roboto: { ...ROBOTO } });
  // The reports embed no images or remote resources: refuse every URL, and every local file
  // except the fonts, so no text that reaches a document can make the server fetch or read.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));
  configured = true;
}

/** The document as PDF bytes. pdfmake changes the definition it is given, so it gets a copy of the top level. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  configure();
  return pdfmake.createPdf({ ...doc }).getBuffer();
}
