/**
 * `npm run check:qti -- PATH/imsqti_v2p1.xsd [--runs N]`: validates the QTI 2.1 export against
 * IMS's own item schema, which `npm test` cannot do: no npm or Debian package ships it, and its
 * licence asks each distributor to register with IMS, so it is not in this repository. Get it
 * from IMS (imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd, with the xml.xsd, XInclude.xsd,
 * MathML 2 and APIP schemas it imports) or from a QTI tool that ships it, and name its path.
 *
 * What it exports: the shipped bank; the same bank with choice questions of 2, 3, 5 and 6
 * options; and N generated banks (200 unless told) of the hostile text the escaping tests use
 * (XML specials, CDATA ends, control characters, lone surrogates, right-to-left and non-Latin
 * scripts), with 2 to 6 options. Every item and the assessmentTest are checked against the given
 * schema and against tests/schemas/qti21-factsprint.xsd (the narrower schema `npm test` uses), and
 * the manifest against IMS content packaging, all by xmllint without the network. Checking both
 * on the same files is what shows the narrower schema asks nothing IMS's schema does not accept.
 * Prints what failed, then the counts; exits 1 if anything is not valid.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import fc from 'fast-check';
import type { Bank, Question } from '../src/core/bank/schema';
import { toQtiZip } from '../src/core/interop';
import { choiceSpec, trueFalseSpec, xmlHostileText } from '../tests/harness/hostileText';
import { CP_XSD, factsprintQtiXsd, xmllint } from '../tests/harness/qtiSchemas';
import { realBank } from '../tests/harness/realBank';
import { bankWith } from '../tests/unit/interop/helpers';

function usage(message: string): never {
  console.error(`${message}\nusage: npm run check:qti -- PATH/imsqti_v2p1.xsd [--runs N]`);
  process.exit(2);
}

function parseArgs(argv: string[]): { xsd: string; runs: number } {
  let xsd: string | undefined;
  let runs = 200;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--runs') {
      runs = Number(argv[++i]);
      if (!Number.isInteger(runs) || runs < 0) usage('--runs takes a whole number');
    } else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else xsd = resolve(a);
  }
  if (!xsd) usage('name the QTI 2.1 item schema');
  return { xsd, runs };
}

/** xmllint over a list of files; its "fails to validate" and schema errors, per file. */
function validate(schema: string, files: string[]): string[] {
  let r: ReturnType<typeof xmllint>;
  try {
    r = xmllint(['--schema', schema, ...files]);
  } catch (e) {
    usage((e as Error).message);
  }
  if (/failed to compile|WXS schema .* failed/.test(r.stderr)) usage(`the schema does not compile offline (are the files it imports beside it?):\n${r.stderr.slice(0, 2000)}`);
  return r.stderr.split('\n').filter((line) => line.trim() !== '' && !line.endsWith(' validates'));
}

/** The shipped bank with choice questions of 2, 3, 5 and 6 options, right answers spread. */
function optionCounts(base: Bank): Bank {
  const choice = base.questions.find((q) => q.type === 'choice');
  if (!choice) return base;
  const added = [2, 3, 5, 6].map((n, k): Question => ({ ...choice, id: `q-options-${n}`, prompt: `Which of ${n} options?`, options: Array.from({ length: n }, (_, i) => `Option ${i + 1} of ${n}`), answer: [1, 2, 0, 5][k]! }));
  return { ...base, questions: [...base.questions, ...added] };
}

function main(): void {
  const { xsd, runs } = parseArgs(process.argv.slice(2));
  const base = realBank();
  const generated = fc.sample(fc.array(fc.oneof(choiceSpec(xmlHostileText, 2, 6), trueFalseSpec(xmlHostileText)), { minLength: 1, maxLength: 5 }), runs).map((specs) => bankWith(specs, base));
  const banks: [string, Bank][] = [['shipped bank', base], ['2 to 6 options', optionCounts(base)], ...generated.map((b, i): [string, Bank] => [`generated ${i + 1}`, b])];

  const root = mkdtempSync(join(tmpdir(), 'factsprint-qti-check-'));
  const ours = factsprintQtiXsd(root);
  let items = 0;
  let manifests = 0;
  const failures: string[] = [];
  const oursFailures: string[] = [];
  try {
    banks.forEach(([name, bank], i) => {
      const dir = join(root, `bank-${i}`);
      const qti: string[] = [];
      for (const [file, bytes] of Object.entries(unzipSync(toQtiZip(bank).output))) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), bytes);
        if (file !== 'imsmanifest.xml') qti.push(join(dir, file));
      }
      const errors = [...validate(xsd, qti), ...validate(CP_XSD, [join(dir, 'imsmanifest.xml')])];
      items += qti.length;
      manifests++;
      if (errors.length > 0) failures.push(`${name}:\n  ${errors.slice(0, 8).join('\n  ')}`);
      const oursErrors = validate(ours, qti);
      if (oursErrors.length > 0) oursFailures.push(`${name} (qti21-factsprint.xsd):\n  ${oursErrors.slice(0, 8).join('\n  ')}`);
      if ((i + 1) % 25 === 0) process.stderr.write(`${i + 1} of ${banks.length} packages checked\n`);
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  for (const f of [...failures, ...oursFailures]) console.log(f);
  const verdict = (n: number) => (n === 0 ? 'all valid' : `${n} packages with errors`);
  console.log(`${banks.length} packages, ${items} QTI files against ${xsd}, ${manifests} manifests against IMS CP 1.1.4: ${verdict(failures.length)}`);
  console.log(`the same ${items} QTI files against tests/schemas/qti21-factsprint.xsd: ${verdict(oursFailures.length)}`);
  process.exit(failures.length + oursFailures.length === 0 ? 0 : 1);
}

main();
