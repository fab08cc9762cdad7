/**
 * The .xlsx libraries get their own copy of fflate. The game already uses fflate (result codes
 * deflate and inflate with it), and a module shared by two chunks is bundled once with every
 * export either uses, so the libraries' zip and unzip would ride in the chunk the game loads.
 * Resolving fflate under a query for the libraries alone makes it a second module instance: the
 * few kilobytes it costs land in the spreadsheet chunk, which only the teacher page fetches.
 */
import type { Plugin } from 'vite';

const XLSX_LIBRARIES = /[\\/]node_modules[\\/](read|write)-excel-file[\\/]/;

export function xlsxChunkPlugin(): Plugin {
  return {
    name: 'factsprint-xlsx-own-fflate',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== 'fflate' || !importer || !XLSX_LIBRARIES.test(importer)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved ? { ...resolved, id: `${resolved.id}?xlsx` } : null;
    },
  };
}
