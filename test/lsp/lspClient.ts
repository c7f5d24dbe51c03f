import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentClientCapabilities,
} from 'vscode-languageserver-protocol/node';

import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/serverFlags';

const SERVER = path.join(__dirname, '..', '..', 'dist', 'server.js');
const WAIT_MS = 10_000;

/** Talks real JSON-RPC over stdio to the bundled server, as an editor would. */
/** The completion list defaults vscode-languageclient 9 declares (its completion feature). */
export const VS_CODE_COMPLETION: TextDocumentClientCapabilities = {
  completion: { completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] } },
};

export class LspTestClient {
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcessWithoutNullStreams;
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  /** Every publishDiagnostics in arrival order, for tests about what was (not) sent. */
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: (() => void)[] = [];
  /** What the server gets back for workspace/configuration, section kvmtune. */
  settings: Record<string, unknown> = {};
  /** Settings of a workspace folder (by its uri), answered when the server asks for that scope. */
  folderSettings: Record<string, Record<string, unknown>> = {};
  /** The scopeUri of every workspace/configuration item the server asked for, in order. */
  readonly configurationRequests: string[] = [];
  stderr = '';

  constructor() {
    this.process = spawn(process.execPath, [...SERVER_EXEC_ARGV, SERVER, '--stdio'], { stdio: 'pipe', env: { ...process.env, ...SERVER_ENV } });
    this.process.stderr.on('data', (chunk) => (this.stderr += String(chunk)));
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout),
      new StreamMessageWriter(this.process.stdin),
    );
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.latest.set(params.uri, params);
      this.published.push(params);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => {
        this.configurationRequests.push(item.scopeUri ?? '');
        return (item.scopeUri !== undefined && this.folderSettings[item.scopeUri]) || this.settings;
      }),
    );
    this.connection.onRequest(RegistrationRequest.type, () => null);
    this.connection.listen();
  }

  /** `textDocument`: the client's text document capabilities (none unless a test asks, e.g. VS_CODE_COMPLETION). */
  async initialize(workspaceFolders: string[] = [], textDocument?: TextDocumentClientCapabilities): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: workspaceFolders.map((uri) => ({ uri, name: uri.slice(uri.lastIndexOf('/') + 1) })),
      capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } }, ...(textDocument ? { textDocument } : {}) },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** Resolves with the first diagnostics for `uri` that satisfy `accept`; fails after a timeout with what was seen. */
  async diagnostics(uri: string, accept: (d: Diagnostic[], p: PublishDiagnosticsParams) => boolean = () => true): Promise<Diagnostic[]> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const current = this.latest.get(uri);
      if (current && accept(current.diagnostics, current)) return current.diagnostics;
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new Error(`no matching diagnostics for ${uri} within ${WAIT_MS} ms; last: ${JSON.stringify(current?.diagnostics)}\n${this.stderr}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The server process id (the bench reads its memory from /proc). */
  get pid(): number | undefined {
    return this.process.pid;
  }

  alive(): boolean {
    return this.process.exitCode === null && !this.process.killed;
  }

  async dispose(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      this.connection.dispose();
      if (this.process.exitCode === null) this.process.kill();
    }
  }
}
