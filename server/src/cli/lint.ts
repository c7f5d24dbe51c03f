import { promises as fs } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LANGUAGES, detectLanguage, detectLanguageByPath, languageById } from '../languages';
import { ruleDocUrl } from '../ruleDocs';
import { createLanguageService } from '../service/languageService';
import { normalizeSettings } from '../service/settings';
import type { LanguageId, Settings } from '../service/types';
import { VERSION } from '../version';
import { choice, parseArgs, UsageError, type CliIo } from './args';
import { expandInputs, looksBinary, MAX_FILE_BYTES } from './files';
import { formatGithub, formatJson, formatText, toFileReport, type FileReport } from './lintReport';
import { allRules } from './rules';
import { formatSarif } from './sarif';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;

interface LintTarget {
  file: string;
  language: LanguageId;
  text: string;
  /** False when the bytes are not UTF-8: the text holds U+FFFD where they were, so it must never be written back. */
  utf8: boolean;
}

/** `kvmtune lint`: exit 0 = clean enough, 1 = findings over the bar, 2 = usage or I/O error. */
export async function runLint(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['format', 'kernel', 'environment', 'language', 'max-warnings', 'uperf-protocols'], ['fix', 'allow-no-files']);
  const format = choice(args, 'format', FORMATS, 'text');
  const forcedLanguage = args.options.has('language') ? choice(args, 'language', LANGUAGES.map((l) => l.id), 'sysctl') : undefined;
  const settings = settingsFromArgs(args.options);
  const maxWarnings = parseMaxWarnings(args.options.get('max-warnings'));
  if (args.positional.length === 0) throw new UsageError('lint needs at least one file or directory');

  const targets = await readTargets(args.positional, forcedLanguage, io, args.options.has('allow-no-files'));
  const service = createLanguageService({ resolve: (doc) => languageById(doc.languageId)?.support, ruleDocUrl });
  const reports: FileReport[] = [];
  for (const target of targets) {
    let doc = TextDocument.create(pathToFileURL(resolvePath(target.file)).toString(), target.language, 1, target.text);
    let diagnostics = service.validate(doc, settings);
    if (args.options.has('fix')) {
      // The same fix-all the editor offers: repeated until nothing changes.
      const fixed = service.fixAll(doc, settings);
      if (fixed.text !== target.text && !target.utf8) {
        io.stderr(`kvmtune: not fixing ${target.file}: it is not valid UTF-8, and writing it back would replace those bytes (file left untouched)\n`);
      } else if (fixed.text !== target.text) {
        await fs.writeFile(target.file, fixed.text, 'utf8');
        doc = TextDocument.create(doc.uri, target.language, 2, fixed.text);
        diagnostics = service.validate(doc, settings);
      }
    }
    reports.push(toFileReport(target.file, target.language, diagnostics));
  }

  if (format === 'json') io.stdout(formatJson(reports));
  else if (format === 'sarif') io.stdout(formatSarif(reports, allRules(), ruleDocUrl, VERSION));
  else if (format === 'github') io.stdout(formatGithub(reports));
  else io.stdout(formatText(reports));

  const all = reports.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  return errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}

function settingsFromArgs(options: Map<string, string | true>): Settings {
  const kernel = options.get('kernel');
  if (kernel !== undefined && (typeof kernel !== 'string' || !/^\d+\.\d+$/.test(kernel))) {
    throw new UsageError('--kernel must look like 5.14');
  }
  const environment = options.get('environment');
  if (environment !== undefined && environment !== 'lab' && environment !== 'production') {
    throw new UsageError('--environment must be lab or production');
  }
  const protocols = options.get('uperf-protocols');
  const list = typeof protocols === 'string' ? protocols.split(',').map((p) => p.trim().toLowerCase()).filter((p) => p !== '') : [];
  const unknown = list.filter((p) => !UPERF_OPTIONAL_PROTOCOLS.includes(p));
  if (protocols === true || unknown.length > 0) throw new UsageError(`--uperf-protocols takes a comma-separated list of ${UPERF_OPTIONAL_PROTOCOLS.join(', ')}`);
  return normalizeSettings({ kernel, environment, uperf: { protocols: list } });
}

/** Protocols a uperf build may have beyond tcp and udp (kvmtune.uperf.protocols in the editor). */
const UPERF_OPTIONAL_PROTOCOLS = ['sctp', 'ssl', 'vsock', 'rds'];

function parseMaxWarnings(value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d+$/.test(value)) throw new UsageError('--max-warnings must be a number');
  return Number(value);
}

/**
 * Reads every input before anything is printed, so an I/O error leaves stdout empty. Files found by
 * walking a directory are read only when their path or a size check says they may be ours, and a file
 * that cannot be read there is skipped with a note instead of failing the run.
 */
async function readTargets(inputs: readonly string[], forced: LanguageId | undefined, io: CliIo, allowNone: boolean): Promise<LintTarget[]> {
  const targets: LintTarget[] = [];
  const { files, unreadable } = await expandInputs(inputs);
  for (const dir of unreadable) io.stderr(`kvmtune: skipping ${dir.file}: ${dir.reason}\n`);
  for (const input of files) {
    const byPath = forced ?? detectLanguageByPath(input.file)?.id;
    if (input.size > MAX_FILE_BYTES) {
      if (input.explicit || byPath) io.stderr(`kvmtune: skipping ${input.file}: larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB\n`);
      continue;
    }
    let text: string;
    let utf8: boolean;
    try {
      ({ text, utf8 } = decode(await fs.readFile(input.file)));
    } catch (error) {
      if (input.explicit) throw error;
      io.stderr(`kvmtune: skipping ${input.file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}\n`);
      continue;
    }
    if (looksBinary(text)) {
      if (input.explicit || byPath) io.stderr(`kvmtune: skipping ${input.file}: binary file\n`);
      continue;
    }
    const language = byPath ?? detectLanguage(input.file, text)?.id;
    if (language && languageById(language)?.support) {
      targets.push({ file: input.file, language, text, utf8 });
    } else if (input.explicit) {
      const why = language ? `${language} files are not checked by this version` : 'cannot tell which kind of file this is (use --language)';
      io.stderr(`kvmtune: skipping ${input.file}: ${why}\n`);
    }
  }
  // A pre-commit run may hand over only XML that is not kvmtune's: that is not an error there.
  if (targets.length === 0 && !allowNone) throw new Error('no file to check: none of the inputs is a file kvmtune understands');
  return targets;
}

/** Decodes as UTF-8 keeping a BOM as U+FEFF (so unchanged bytes are written back unchanged), and says whether the bytes were valid. */
function decode(bytes: Buffer): { text: string; utf8: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), utf8: true };
  } catch {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), utf8: false };
  }
}
