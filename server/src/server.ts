import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveDocumentLanguage } from './languages';
import { ruleDocUrl } from './ruleDocs';
import { CompletionDocs, type ClientDefaults } from './service/completionDocs';
import { createLanguageService, FIX_ALL_KIND, publishedDiagnostics } from './service/languageService';
import { typingDelay } from './service/schedule';
import { normalizeSettings } from './service/settings';
import { settingsScope } from './service/settingsScope';
import { DEFAULT_SETTINGS, type Settings } from './service/types';
import { idleCollector } from './idleCollection';
import { VERSION } from './version';

/** Per open document: its pending timer and what the adaptive typing delay needs. */
interface DocumentState {
  /** Cancels the pending validation. */
  cancelPending?: () => void;
  /** The version that open or save already validated at once (TextDocuments reports an open as a change too). */
  validatedAtOnce?: number;
  lastValidationMs?: number;
  lastChangeAt?: number;
}

const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const service = createLanguageService({ resolve: resolveDocumentLanguage, ruleDocUrl });
  /** Settings per scope (settingsScope: the workspace folder that holds the document). */
  const settingsCache = new Map<string, Promise<Settings>>();
  let workspaceFolders: string[] = [];
  let canWatchFolders = false;
  let completionDefaults: ClientDefaults = { editRange: false, data: false };
  const states = new Map<string, DocumentState>();
  const memory = idleCollector();
  const completionDocs = new CompletionDocs();
  let canPullConfiguration = false;
  let pushedSettings: Settings = DEFAULT_SETTINGS;
  /** Bumped on every configuration change: work started under older settings is stale. */
  let settingsGeneration = 0;

  function stateOf(uri: string): DocumentState {
    let state = states.get(uri);
    if (!state) states.set(uri, (state = {}));
    return state;
  }

  function settingsFor(uri: string): Promise<Settings> {
    if (!canPullConfiguration) return Promise.resolve(pushedSettings);
    const scope = settingsScope(uri, workspaceFolders);
    let cached = settingsCache.get(scope);
    if (!cached) {
      cached = connection.workspace
        .getConfiguration({ scopeUri: scope || uri, section: 'kvmtune' })
        .then(normalizeSettings, () => DEFAULT_SETTINGS);
      settingsCache.set(scope, cached);
    }
    return cached;
  }

  /** Validates the document as it is now; gives up quietly when a newer version, a close or new settings overtake it. */
  async function validateNow(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    if (!service.languageOf(doc)) {
      // No longer ours (an XML file whose root changed): its old diagnostics must not linger.
      await connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    const generation = settingsGeneration;
    const stale = () => documents.get(uri) !== doc || doc.version !== version || settingsGeneration !== generation;
    const settings = await settingsFor(uri);
    if (stale()) return;
    const started = performance.now();
    const diagnostics = await guardAsync('validate', () => service.validateAsync(doc, settings, stale), undefined);
    if (diagnostics === undefined || stale()) return;
    stateOf(uri).lastValidationMs = performance.now() - started;
    memory.worked();
    await connection.sendDiagnostics({ uri, version, diagnostics: publishedDiagnostics(diagnostics) });
  }

  function scheduleValidation(uri: string, delay: number): void {
    const state = stateOf(uri);
    state.cancelPending?.();
    const run = () => {
      state.cancelPending = undefined;
      void validateNow(uri);
    };
    // setTimeout(…, 0) waits at least a millisecond; "at once" should not.
    if (delay <= 0) {
      const immediate = setImmediate(run);
      state.cancelPending = () => clearImmediate(immediate);
    } else {
      const timer = setTimeout(run, delay);
      state.cancelPending = () => clearTimeout(timer);
    }
  }

  function validateAtOnce(doc: TextDocument): void {
    stateOf(doc.uri).validatedAtOnce = doc.version;
    scheduleValidation(doc.uri, 0);
  }

  function guard<T>(what: string, run: () => T, fallback: T): T {
    try {
      return run();
    } catch (error) {
      logFailure(what, error);
      return fallback;
    }
  }

  async function guardAsync<T>(what: string, run: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await run();
    } catch (error) {
      logFailure(what, error);
      return fallback;
    }
  }

  function logFailure(what: string, error: unknown): void {
    connection.console.error(`kvmtune: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }

  /** The open document and its settings for a request, or undefined when it is gone or the request was cancelled meanwhile. */
  async function requestContext(uri: string, token: CancellationToken): Promise<{ doc: TextDocument; settings: Settings } | ResponseError | undefined> {
    memory.answered();
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const settings = await settingsFor(uri);
    if (token.isCancellationRequested) return cancelled();
    return documents.get(uri) === doc ? { doc, settings } : undefined;
  }

  connection.onInitialize((params) => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canWatchFolders = params.capabilities.workspace?.workspaceFolders === true;
    const itemDefaults = params.capabilities.textDocument?.completion?.completionList?.itemDefaults ?? [];
    completionDefaults = { editRange: itemDefaults.includes('editRange'), data: itemDefaults.includes('data') };
    workspaceFolders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['.', '/', '=', ' '], resolveProvider: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.Source] },
        documentSymbolProvider: true,
        definitionProvider: true,
        codeLensProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'kvmtune', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'kvmtune' });
    }
    if (canWatchFolders) {
      // Which folder holds a document decides its settings: a new folder can change them.
      connection.workspace.onDidChangeWorkspaceFolders((change) => {
        const removed = new Set(change.removed.map((folder) => folder.uri));
        workspaceFolders = [...workspaceFolders.filter((uri) => !removed.has(uri)), ...change.added.map((folder) => folder.uri)];
        settingsChanged();
      });
    }
  });

  function settingsChanged(): void {
    settingsCache.clear();
    settingsGeneration += 1;
    documents.all().forEach(validateAtOnce);
  }

  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { kvmtune?: unknown } | undefined)?.kvmtune;
    if (pushed !== undefined) pushedSettings = normalizeSettings(pushed);
    settingsChanged();
  });

  documents.onDidOpen((event) => validateAtOnce(event.document));
  documents.onDidChangeContent(async (event) => {
    const doc = event.document;
    const state = stateOf(doc.uri);
    if (state.validatedAtOnce === doc.version) return;
    const now = performance.now();
    const sincePrevious = state.lastChangeAt === undefined ? undefined : now - state.lastChangeAt;
    state.lastChangeAt = now;
    const settings = await settingsFor(doc.uri);
    if (settings.validateRun === 'onType' && documents.get(doc.uri) === doc) {
      scheduleValidation(doc.uri, typingDelay(state.lastValidationMs, sincePrevious));
    }
  });
  documents.onDidSave((event) => validateAtOnce(event.document));
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    states.get(uri)?.cancelPending?.();
    states.delete(uri);
    service.forget(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onHover(async (params, token) => {
    const context = await requestContext(params.textDocument.uri, token);
    if (!context || context instanceof ResponseError) return context ?? null;
    return guard('hover', () => service.hover(context.doc, params.position, context.settings), null);
  });

  connection.onCompletion(async (params, token) => {
    const context = await requestContext(params.textDocument.uri, token);
    if (!context || context instanceof ResponseError) return context ?? [];
    return completionDocs.send(guard('completion', () => service.complete(context.doc, params.position, context.settings), []), completionDefaults);
  });

  connection.onCompletionResolve((item) => completionDocs.resolve(item));

  connection.onCodeAction(async (params, token) => {
    const context = await requestContext(params.textDocument.uri, token);
    if (!context || context instanceof ResponseError) return context ?? [];
    const { doc, settings } = context;
    const version = doc.version;
    // Validation (cached when the document was just validated) runs in slices so a cancel gets through.
    const current = await guardAsync('validate', () => service.validateAsync(doc, settings, () => token.isCancellationRequested || doc.version !== version), undefined);
    if (token.isCancellationRequested) return cancelled();
    if (current === undefined || doc.version !== version) return new ResponseError(LSPErrorCodes.ContentModified, 'document changed');
    return guard('code actions', () => service.codeActions(doc, params.range, params.context.diagnostics, settings, params.context.only), []);
  });

  connection.onDefinition(async (params, token) => {
    const context = await requestContext(params.textDocument.uri, token);
    if (!context || context instanceof ResponseError) return context ?? [];
    return guard('definition', () => service.definition(context.doc, params.position, context.settings), []);
  });

  connection.onCodeLens((params, token) => {
    if (token.isCancellationRequested) return cancelled();
    const doc = documents.get(params.textDocument.uri);
    return doc ? guard('code lenses', () => service.codeLenses(doc), []) : [];
  });

  connection.onDocumentSymbol((params, token) => {
    if (token.isCancellationRequested) return cancelled();
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

/** The language server on the transport the command line names (--stdio, --node-ipc, --socket=N). */
export function runLanguageServer(): void {
  startServer(createConnection(ProposedFeatures.all));
}
