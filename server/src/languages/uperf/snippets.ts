import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { paperProfileLines } from './generate';
import { PAPER_WORKLOADS, paperTestName } from './workload';

/*
 * Snippets come from the server's completion, and only in documents the registry has recognised as
 * uperf profiles: VS Code snippet files are per language, and a snippet for `xml` would show up in
 * every XML file (libvirt domains, Maven poms, …).
 */

export interface UperfSnippet {
  label: string;
  description: string;
  body: string;
}

function workloadSnippets(): UperfSnippet[] {
  return PAPER_WORKLOADS.map((workload) => {
    const name = paperTestName(workload, 1).replace(/--1$/, '--${1:1}');
    const lines = paperProfileLines(workload, name, { users: '${1:1}', duration: '${2:300}s' });
    return {
      label: `uperf: paper ${paperTestName(workload, 1).replace(/--1$/, '')}`,
      description: `The paper's ${workload.summary}; users as nprocs, remotehost=$h, 300 s.`,
      body: lines.join('\n'),
    };
  });
}

const EXTRA: UperfSnippet[] = [
  {
    label: 'uperf: think-time loop',
    description: 'Request-response with a think time between requests (a user who pauses).',
    body: [
      '<?xml version="1.0"?>', '<profile name="${1:think-loop}">', '  <group nthreads="${2:1}">', '    <transaction iterations="1">',
      '      <flowop type="connect" options="remotehost=$h protocol=tcp tcp_nodelay"/>', '    </transaction>', '    <transaction duration="${3:300}s">',
      '      <flowop type="write" options="size=${4:200}"/>', '      <flowop type="read" options="size=${5:1000}"/>',
      '      <flowop type="think" options="duration=${6:10ms} idle"/>', '    </transaction>', '    <transaction iterations="1">',
      '      <flowop type="disconnect"/>', '    </transaction>', '  </group>', '</profile>',
    ].join('\n'),
  },
  {
    label: 'uperf: UDP stream',
    description: 'One-way UDP stream (write only) with a fixed datagram size.',
    body: [
      '<?xml version="1.0"?>', '<profile name="${1:udp-stream}">', '  <group nthreads="${2:1}">', '    <transaction iterations="1">',
      '      <flowop type="connect" options="remotehost=$h protocol=udp"/>', '    </transaction>', '    <transaction duration="${3:300}s">',
      '      <flowop type="write" options="size=${4:1400}"/>', '    </transaction>', '    <transaction iterations="1">',
      '      <flowop type="disconnect"/>', '    </transaction>', '  </group>', '</profile>',
    ].join('\n'),
  },
];

export const UPERF_SNIPPETS: readonly UperfSnippet[] = [...workloadSnippets(), ...EXTRA];

export function snippetCompletions(range: Range): CompletionItem[] {
  return UPERF_SNIPPETS.map((snippet, index) => ({
    label: snippet.label,
    kind: CompletionItemKind.Snippet,
    detail: snippet.description,
    documentation: { kind: MarkupKind.Markdown, value: `\`\`\`xml\n${snippet.body}\n\`\`\`` },
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: snippet.body },
    sortText: `9${String(index).padStart(2, '0')}`,
  }));
}
