import { PAPER_DURATION_SECONDS, PAPER_USERS, PAPER_WORKLOADS, paperTestName, type PaperWorkload } from './workload';

/*
 * The paper's profiles, written the way kvmtune's own rules want them: TCP with tcp_nodelay for
 * request-response, `remotehost=$h` so one file serves every server, users as nprocs.
 */

export interface ProfileOptions {
  users: string;
  duration: string;
  host?: string;
}

function measured(workload: PaperWorkload): string[] {
  if (workload.kind === 'rr') return [`      <flowop type="write" options="size=${workload.request}"/>`, `      <flowop type="read" options="size=${workload.response}"/>`];
  return [`      <flowop type="${workload.direction}" options="size=${workload.request}"/>`];
}

/** One profile of the paper's workload types; `users`/`duration` may be snippet placeholders. */
export function paperProfileLines(workload: PaperWorkload, name: string, options: ProfileOptions): string[] {
  const nodelay = workload.kind === 'rr' ? ' tcp_nodelay' : '';
  return [
    '<?xml version="1.0"?>',
    `<profile name="${name}">`,
    `  <group nprocs="${options.users}">`,
    '    <transaction iterations="1">',
    `      <flowop type="connect" options="remotehost=${options.host ?? '$h'} protocol=tcp${nodelay}"/>`,
    '    </transaction>',
    `    <transaction duration="${options.duration}">`,
    ...measured(workload),
    '    </transaction>',
    '    <transaction iterations="1">',
    '      <flowop type="disconnect"/>',
    '    </transaction>',
    '  </group>',
    '</profile>',
  ];
}

export interface MatrixProfile {
  name: string;
  fileName: string;
  text: string;
}

/** The paper's 20 tests: 5 workload types × 1, 10, 50, 250 users, in the paper's order. */
export function paperMatrix(durationSeconds = PAPER_DURATION_SECONDS): MatrixProfile[] {
  return PAPER_WORKLOADS.flatMap((workload) => PAPER_USERS.map((users) => {
    const name = paperTestName(workload, users);
    const text = `${paperProfileLines(workload, name, { users: String(users), duration: `${durationSeconds}s` }).join('\n')}\n`;
    return { name, fileName: `${name}.xml`, text };
  }));
}
