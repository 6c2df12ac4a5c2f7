/**
 * A file of the search bundle as a classic script ("<file>.js"), the only way a page opened
 * from file:// can read it: the script stores the bytes, in base64, under its own address,
 * where src/search/client/portable/script-files.ts reads them.
 */
import { FILES_GLOBAL } from '../../search/client/portable/script-files.ts';

export function scriptFile(bytes: Uint8Array): string {
  const base64 = Buffer.from(bytes).toString('base64');
  return `(self.${FILES_GLOBAL}=self.${FILES_GLOBAL}||{})[document.currentScript.src]="${base64}";\n`;
}
