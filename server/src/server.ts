import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveDocumentLanguage } from './languages';
import { ruleDocUrl } from './ruleDocs';
import { createLanguageService, FIX_ALL_KIND, publishedDiagnostics } from './service/languageService';
import { normalizeSettings } from './service/settings';
import { DEFAULT_SETTINGS, type Settings } from './service/types';
import { VERSION } from './version';

const VALIDATION_DELAY_MS = 200;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const service = createLanguageService({ resolve: resolveDocumentLanguage, ruleDocUrl });
  const settingsCache = new Map<string, Promise<Settings>>();
  const pendingValidation = new Map<string, NodeJS.Timeout>();
  let canPullConfiguration = false;
  let pushedSettings: Settings = DEFAULT_SETTINGS;

  function settingsFor(uri: string): Promise<Settings> {
    if (!canPullConfiguration) return Promise.resolve(pushedSettings);
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'kvmtune' })
        .then(normalizeSettings, () => DEFAULT_SETTINGS);
      settingsCache.set(uri, cached);
    }
    return cached;
  }

  async function validateNow(doc: TextDocument): Promise<void> {
    if (!service.languageOf(doc)) return;
    const version = doc.version;
    const settings = await settingsFor(doc.uri);
    const current = documents.get(doc.uri);
    if (!current || current.version !== version) return;
    const diagnostics = guard('validate', () => publishedDiagnostics(service.validate(current, settings)), []);
    await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
  }

  function scheduleValidation(doc: TextDocument, delay: number): void {
    clearTimeout(pendingValidation.get(doc.uri));
    pendingValidation.set(
      doc.uri,
      setTimeout(() => {
        pendingValidation.delete(doc.uri);
        void validateNow(doc);
      }, delay),
    );
  }

  function guard<T>(what: string, run: () => T, fallback: T): T {
    try {
      return run();
    } catch (error) {
      connection.console.error(`kvmtune: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  }

  connection.onInitialize((params) => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['.', '/', '=', ' '], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.Source] },
        documentSymbolProvider: true,
        definitionProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'kvmtune', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'kvmtune' });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    const pushed = (change.settings as { kvmtune?: unknown } | undefined)?.kvmtune;
    if (pushed !== undefined) pushedSettings = normalizeSettings(pushed);
    documents.all().forEach((doc) => scheduleValidation(doc, 0));
  });

  documents.onDidOpen((event) => scheduleValidation(event.document, 0));
  documents.onDidChangeContent(async (event) => {
    const settings = await settingsFor(event.document.uri);
    if (settings.validateRun === 'onType') scheduleValidation(event.document, VALIDATION_DELAY_MS);
  });
  documents.onDidSave((event) => scheduleValidation(event.document, 0));
  documents.onDidClose((event) => {
    clearTimeout(pendingValidation.get(event.document.uri));
    pendingValidation.delete(event.document.uri);
    settingsCache.delete(event.document.uri);
    service.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onHover(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const settings = await settingsFor(doc.uri);
    return guard('hover', () => service.hover(doc, params.position, settings), null);
  });

  connection.onCompletion(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const settings = await settingsFor(doc.uri);
    return guard('completion', () => service.complete(doc, params.position, settings), []);
  });

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const settings = await settingsFor(doc.uri);
    return guard(
      'code actions',
      () => service.codeActions(doc, params.range, params.context.diagnostics, settings, params.context.only),
      [],
    );
  });

  connection.onDefinition(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const settings = await settingsFor(doc.uri);
    return guard('definition', () => service.definition(doc, params.position, settings), []);
  });

  connection.onCodeLens((params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? guard('code lenses', () => service.codeLenses(doc), []) : [];
  });

  connection.onDocumentSymbol((params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? guard('symbols', () => service.symbols(doc), []) : [];
  });

  // XML documents open as `xml`; only the registry knows which are uperf profiles or libvirt
  // domains, so the client asks before showing the target in the status bar.
  connection.onRequest('kvmtune/languageOf', (params: { uri: string }) => {
    const doc = documents.get(params.uri);
    return { language: doc ? (service.languageOf(doc)?.id ?? null) : null, open: doc !== undefined };
  });

  documents.listen(connection);
  connection.listen();
}

if (require.main === module) {
  startServer(createConnection(ProposedFeatures.all));
}
