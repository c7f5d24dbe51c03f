import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFix, brief, lint, only, service, settings, sysctlDoc } from './lint';
import { SUGGESTIONS_PER_FILE } from '../../../server/src/languages/sysctl/rules/sysctl-unknown-key';

describe('sysctl rules: messages, ranges, severities and fixes', () => {
  it('sysctl-removed-key: error on the key of tcp_tw_recycle, preferred fix comments the line out, another removes it', () => {
    const text = '# x\nnet.ipv4.tcp_tw_recycle = 1\nnet.core.somaxconn = 4096\n';
    const [removed] = lint(text);
    assert.equal(brief(removed), '1:0-23 error sysctl-removed-key');
    assert.equal(
      removed.message,
      'net.ipv4.tcp_tw_recycle was removed in Linux 4.12; sysctl reports "cannot stat /proc/sys/net/ipv4/tcp_tw_recycle" and the line does nothing.',
    );
    assert.deepEqual(removed.data.fixes.map((f) => [f.title, f.isPreferred]), [['Comment out the line', true], ['Remove the line', false]]);
    assert.equal(applyFix(text, removed, 'Comment out the line'), '# x\n# net.ipv4.tcp_tw_recycle = 1\nnet.core.somaxconn = 4096\n');
    assert.equal(applyFix(text, removed, 'Remove the line'), '# x\nnet.core.somaxconn = 4096\n');
  });

  it('sysctl-removed-key follows kvmtune.kernel: silent for a target older than the removal', () => {
    assert.deepEqual(only(lint('net.ipv4.tcp_tw_recycle = 1\n', { kernel: '3.10' }), 'sysctl-removed-key'), []);
    assert.equal(only(lint('net.ipv4.tcp_tw_recycle = 1\n', { kernel: '4.12' }), 'sysctl-removed-key').length, 1);
  });

  it('sysctl-quoted-value: error on the value including quotes, preferred fix "Remove quotes"', () => {
    const text = 'net.ipv4.tcp_rmem = "4096 87380 4136960"\n';
    const [quoted] = lint(text);
    assert.equal(brief(quoted), '0:20-40 error sysctl-quoted-value');
    assert.match(quoted.message, /^sysctl files do not strip quotes: the kernel receives "4096 87380 4136960" including the quotes and rejects it \(EINVAL\)/);
    assert.deepEqual(quoted.data.fixes.map((f) => [f.title, f.isPreferred]), [['Remove quotes', true]]);
    assert.equal(applyFix(text, quoted), 'net.ipv4.tcp_rmem = 4096 87380 4136960\n');
  });

  it('a quoted value with a trailing comment gets both findings; "Remove quotes" touches the quoted part only', () => {
    const text = 'net.ipv4.tcp_rmem = "4096 87380 4136960" # paper\n';
    const found = lint(text);
    assert.deepEqual(found.map(brief), ['0:20-40 error sysctl-quoted-value', '0:41-48 warning sysctl-inline-comment']);
    assert.equal(
      found[0].message,
      'sysctl files do not strip quotes: the kernel receives "4096 87380 4136960" including the quotes and rejects it (EINVAL). Quotes belong only on a shell command line.',
    );
    assert.equal(applyFix(text, found[0], 'Remove quotes'), 'net.ipv4.tcp_rmem = 4096 87380 4136960 # paper\n');
    assert.equal(applyFix(text, found[1]), '# paper\nnet.ipv4.tcp_rmem = "4096 87380 4136960"\n');
    const doc = sysctlDoc(text);
    const [fixAll] = service.codeActions(doc, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], settings(), ['source.fixAll.kvmtune']);
    assert.equal(TextDocument.applyEdits(doc, fixAll.edit!.changes![doc.uri]), '# paper\nnet.ipv4.tcp_rmem = 4096 87380 4136960\n');
  });

  it('sysctl-unknown-key: did-you-mean fix for a typo, also for per-interface keys', () => {
    const text = 'net.ipv4.tcp_rmme = 4096 87380 4136960\nnet.ipv4.conf.eth0.rp_filtre = 1\n';
    const found = only(lint(text), 'sysctl-unknown-key');
    assert.deepEqual(found.map(brief), ['0:0-17 error sysctl-unknown-key', '1:0-28 error sysctl-unknown-key']);
    assert.equal(found[0].message, `Unknown key 'net.ipv4.tcp_rmme': the kernel has no such sysctl (sysctl reports "cannot stat"), so the line has no effect. Did you mean 'net.ipv4.tcp_rmem'?`);
    assert.equal(applyFix(text, found[1]), "net.ipv4.tcp_rmme = 4096 87380 4136960\nnet.ipv4.conf.eth0.rp_filter = 1\n");
  });

  it('sysctl-unknown-key: a typo written on more lines than the did-you-mean budget gets its suggestion on every line', () => {
    // Found by the long fuzz run: with the budget counted per line, fixing one of the first 200
    // handed its suggestion to line 201, so the fix seemed to leave its own finding behind.
    const text = 'net.ipv4.tcp_rmme = 1\n'.repeat(SUGGESTIONS_PER_FILE + 2);
    const found = only(lint(text), 'sysctl-unknown-key');
    assert.equal(found.length, SUGGESTIONS_PER_FILE + 2);
    assert.deepEqual(new Set(found.map((d) => `${d.message} | ${d.data.fixes.map((f) => f.title).join()}`)), new Set([`Unknown key 'net.ipv4.tcp_rmme': the kernel has no such sysctl (sysctl reports "cannot stat"), so the line has no effect. Did you mean 'net.ipv4.tcp_rmem'? | Change to 'net.ipv4.tcp_rmem'`]));
    const fixed = applyFix(text, found[0]);
    assert.equal(fixed, `net.ipv4.tcp_rmem = 1\n${'net.ipv4.tcp_rmme = 1\n'.repeat(SUGGESTIONS_PER_FILE + 1)}`);
    assert.equal(only(lint(fixed), 'sysctl-unknown-key').length, SUGGESTIONS_PER_FILE + 1);
  });

  it('sysctl-unknown-key: distinct unknown keys after the first 200 are reported without a suggestion', () => {
    const others = Array.from({ length: SUGGESTIONS_PER_FILE }, (_, i) => `net.ipv4.tcp_unlisted_${i} = 1\n`).join('');
    const found = only(lint(`${others}net.ipv4.tcp_rmme = 1\n`), 'sysctl-unknown-key');
    assert.equal(found.length, SUGGESTIONS_PER_FILE + 1);
    const last = found[SUGGESTIONS_PER_FILE];
    assert.deepEqual([brief(last), last.message, last.data.fixes], [`${SUGGESTIONS_PER_FILE}:0-17 error sysctl-unknown-key`, `Unknown key 'net.ipv4.tcp_rmme': the kernel has no such sysctl (sysctl reports "cannot stat"), so the line has no effect.`, []]);
  });

  it('ranges land on the line TextDocument shows when lines end in a lone CR', () => {
    const found = only(lint('# old Mac file\rnet.ipv4.tcp_rmme = 1\r'), 'sysctl-unknown-key');
    assert.deepEqual(found.map(brief), ['1:0-17 error sysctl-unknown-key']);
  });

  it('sysctl-unicode-space: NBSP in a key or a number fails for real; the fix puts an ASCII space', () => {
    const text = 'net.core.somaxconn\u00A0= 1024\nnet.ipv4.tcp_rmem = 4096\u00A087380 4136960\n';
    const found = lint(text);
    assert.deepEqual(found.map(brief), ['0:18-19 error sysctl-unicode-space', '1:24-25 error sysctl-unicode-space']);
    assert.equal(found[0].message, 'A no-break space (U+00A0) is not a blank for sysctl: it becomes part of the key, so sysctl looks for a key that does not exist (ENOENT).');
    assert.equal(found[1].message, 'A no-break space (U+00A0) is not a blank for sysctl: the kernel reads it as part of the number and rejects the value (EINVAL).');
    assert.equal(applyFix(text, found[0], 'Replace with a space'), 'net.core.somaxconn = 1024\nnet.ipv4.tcp_rmem = 4096\u00A087380 4136960\n');
    assert.equal(applyFix(text, found[1], 'Replace with a space'), 'net.core.somaxconn\u00A0= 1024\nnet.ipv4.tcp_rmem = 4096 87380 4136960\n');
  });

  it('sysctl-unicode-space: a BOM at the start of line 1 is an error with a fix removing it', () => {
    const text = '\uFEFFnet.core.somaxconn = 1024\n';
    const found = lint(text);
    assert.deepEqual(found.map(brief), ['0:0-1 error sysctl-unicode-space']);
    assert.match(found[0].message, /^The file starts with a UTF-8 byte order mark: procps reads it as part of the first key/);
    assert.equal(applyFix(text, found[0], 'Remove the byte order mark'), 'net.core.somaxconn = 1024\n');
  });

  it('sysctl-unknown-key leaves real IPv6 and newer per-interface keys alone (no rewrite to net.ipv4 by --fix)', () => {
    const text = [
      'net.ipv6.ip_nonlocal_bind = 1',
      'net.ipv6.icmp.echo_ignore_all = 1',
      'net.ipv6.conf.all.ignore_routes_with_linkdown = 1',
      'net.ipv6.conf.all.disable_policy = 1',
      'net.ipv6.route.mtu_expires = 600',
      'net.ipv6.fib_multipath_hash_policy = 1',
      'net.ipv4.conf.all.bc_forwarding = 1',
      '',
    ].join('\n');
    assert.deepEqual(only(lint(text), 'sysctl-unknown-key'), []);
  });

  it('sysctl-unknown-key: an error where the list is complete (Linux 6.18), a warning for a newer target kernel', () => {
    const text = 'net.ipv6.conf.eth0.no_such_thing_yet = 1\n';
    assert.deepEqual(only(lint(text), 'sysctl-unknown-key').map(brief), ['0:0-36 error sysctl-unknown-key']);
    const [newer] = only(lint(text, { kernel: '6.19' }), 'sysctl-unknown-key');
    assert.equal(brief(newer), '0:0-36 warning sysctl-unknown-key');
    assert.equal(newer.message, "Unknown key 'net.ipv6.conf.eth0.no_such_thing_yet': Linux 6.18 has no such sysctl; kvmtune's list ends there, so check it exists on 6.19.");
  });

  it('sysctl-unknown-key never prefers a suggestion that changes more than the last component', () => {
    const text = 'net.ipv4.conf.all.accept_ra = 0\n';
    const [found] = only(lint(text), 'sysctl-unknown-key');
    assert.equal(found.message, `Unknown key 'net.ipv4.conf.all.accept_ra': the kernel has no such sysctl (sysctl reports "cannot stat"), so the line has no effect. Did you mean 'net.ipv6.conf.all.accept_ra'?`);
    assert.deepEqual(found.data.fixes.map((f) => [f.title, f.isPreferred]), [["Change to 'net.ipv6.conf.all.accept_ra'", false]]);
    const leaf = only(lint('net.ipv4.tcp_rmme = 4096 87380 4136960\n'), 'sysctl-unknown-key')[0];
    assert.deepEqual(leaf.data.fixes.map((f) => [f.title, f.isPreferred]), [["Change to 'net.ipv4.tcp_rmem'", true]]);
  });

  it('messages quote at most 60 characters of a huge value, ending in …', () => {
    const text = `net.core.somaxconn = ${'x'.repeat(100_000)}\nnet.ipv4.tcp_rmem = "${'1 '.repeat(50_000)}"\nnet.core.default_qdisc = fq #${'c'.repeat(100_000)}\n`;
    const found = lint(text);
    assert.ok(found.every((d) => d.message.length < 400), found.map((d) => d.message.length).join());
    const invalid = only(found, 'sysctl-invalid-value')[0];
    assert.equal(invalid.message, `net.core.somaxconn: '${'x'.repeat(59)}…' does not start with a digit; the kernel rejects '${'x'.repeat(59)}…' (EINVAL) and keeps its value.`);
    const quoted = only(found, 'sysctl-quoted-value')[0];
    assert.match(quoted.message, new RegExp(`receives "${'1 '.repeat(29)}… including the quotes`));
  });

  it('sysctl-unknown-key leaves globs, any interface name and keys outside the known namespaces alone', () => {
    const text = 'net.ipv4.conf.*.rp_filter = 2\nnet.ipv4.conf.enc1a2b.rp_filter = 1\nfs.file-max = 2097152\nvm.max_map_count = 262144\n';
    assert.deepEqual(only(lint(text), 'sysctl-unknown-key'), []);
  });

  it('sysctl-inline-comment: warning after a number, error after text; the fix moves the comment up', () => {
    const text = 'net.core.netdev_max_backlog = 25000  # OSA\n  net.core.default_qdisc = fq # fair\n';
    const found = only(lint(text), 'sysctl-inline-comment');
    assert.deepEqual(found.map(brief), ['0:37-42 warning sysctl-inline-comment', '1:30-36 error sysctl-inline-comment']);
    assert.equal(applyFix(text, found[0]), '# OSA\nnet.core.netdev_max_backlog = 25000\n  net.core.default_qdisc = fq # fair\n');
    assert.equal(applyFix(text, found[1]), 'net.core.netdev_max_backlog = 25000  # OSA\n  # fair\n  net.core.default_qdisc = fq\n');
  });

  it('sysctl-inline-comment: moving the comment up keeps a CRLF file CRLF', () => {
    const text = 'net.core.somaxconn = 1024\r\nnet.core.default_qdisc = fq # fair\r\n';
    const [found] = only(lint(text), 'sysctl-inline-comment');
    assert.equal(applyFix(text, found), 'net.core.somaxconn = 1024\r\n# fair\r\nnet.core.default_qdisc = fq\r\n');
  });

  it('sysctl-duplicate-key: warning on the overridden line, related information at the winner, fix removes it', () => {
    const text = 'net.ipv4.tcp_ecn = 1\nnet.ipv4.tcp_sack = 1\nnet/ipv4/tcp_ecn = 2\n';
    const [duplicate] = only(lint(text), 'sysctl-duplicate-key');
    assert.equal(brief(duplicate), '0:0-16 warning sysctl-duplicate-key');
    assert.equal(duplicate.message, "net.ipv4.tcp_ecn is set again on line 3 ('2'); the later line wins, so '1' here is overridden.");
    assert.deepEqual(duplicate.relatedInformation?.map((r) => [r.location.range.start.line, r.message]), [[2, 'The assignment that wins for net.ipv4.tcp_ecn']]);
    assert.equal(applyFix(text, duplicate), 'net.ipv4.tcp_sack = 1\nnet/ipv4/tcp_ecn = 2\n');
  });

  it('sysctl-duplicate-key: no "remove" fix for an overridden write a later write of another key depends on (found by the fuzz run)', () => {
    // Line 1 lowers ipfrag_low_thresh so that line 2's ipfrag_high_thresh is accepted; line 0 is overridden by line 1 either way.
    const text = 'net.ipv4.ipfrag_low_thresh = 3145728\nnet.ipv4.ipfrag_low_thresh = 446464\nnet.ipv4.ipfrag_high_thresh = 512000\nnet.ipv4.ipfrag_low_thresh = 446464\n';
    const found = only(lint(text), 'sysctl-duplicate-key');
    assert.deepEqual(found.map((d) => [brief(d), d.data.fixes.map((f) => f.title)]), [
      ['0:0-26 warning sysctl-duplicate-key', ['Remove the overridden line']],
      ['1:0-26 info sysctl-duplicate-key', []],
    ]);
    assert.deepEqual(only(lint(text), 'sysctl-invalid-value'), []);
    assert.deepEqual(only(lint('net.ipv4.ipfrag_low_thresh = 3145728\nnet.ipv4.ipfrag_high_thresh = 512000\nnet.ipv4.ipfrag_low_thresh = 446464\n'), 'sysctl-invalid-value').map(brief), ['1:30-36 error sysctl-invalid-value']);
  });

  it('sysctl-missing-equals: error on the trimmed line, "=" inserted for a known key; excludes are not flagged', () => {
    const text = '  net.core.somaxconn 4096\n-net.ipv4.conf.all.rp_filter\n';
    const found = only(lint(text), 'sysctl-missing-equals');
    assert.deepEqual(found.map(brief), ['0:2-25 error sysctl-missing-equals']);
    assert.equal(found[0].message, "'net.core.somaxconn 4096' has no '=': it is not an assignment, so sysctl reports invalid syntax and skips the line.");
    assert.equal(applyFix(text, found[0]), '  net.core.somaxconn = 4096\n-net.ipv4.conf.all.rp_filter\n');
  });

  it('sysctl-glob-pattern: info with the procps version caveats', () => {
    const found = only(lint('net.ipv4.conf.*.rp_filter = 2\n-net.ipv4.conf.all.rp_filter\n'), 'sysctl-glob-pattern');
    assert.deepEqual(found.map(brief), ['0:0-25 info sysctl-glob-pattern', '1:1-28 info sysctl-glob-pattern']);
    assert.match(found[0].message, /procps-ng 4\.0 or later/);
    assert.match(found[1].message, /procps-ng 4\.0\.5 or later/);
  });

  it('sysctl-semicolon-comment: hint on the ";" with a fix to "#"', () => {
    const text = '; note\n';
    const [hint] = lint(text);
    assert.equal(brief(hint), '0:0-1 hint sysctl-semicolon-comment');
    assert.equal(applyFix(text, hint), '# note\n');
  });

  it('sysctl-repeated-separator: warning on the key with a collapsing fix', () => {
    const text = 'net..core.somaxconn = 4096\n';
    const [found] = only(lint(text), 'sysctl-repeated-separator');
    assert.equal(brief(found), '0:0-19 warning sysctl-repeated-separator');
    assert.equal(applyFix(text, found), 'net.core.somaxconn = 4096\n');
  });

  it('sysctl-not-a-sysctl: explains where halt_poll_ns, txqueuelen and rps_cpus really go', () => {
    const found = only(lint('kvm.halt_poll_ns = 80000\nnet.core.txqueuelen = 2500\nrps_cpus = f\n'), 'sysctl-not-a-sysctl');
    assert.deepEqual(found.map(brief), ['0:0-16 error sysctl-not-a-sysctl', '1:0-19 error sysctl-not-a-sysctl', '2:0-8 error sysctl-not-a-sysctl']);
    assert.match(found[0].message, /options kvm halt_poll_ns=80000/);
    assert.match(found[1].message, /ip link set dev <device> txqueuelen 2500/);
    assert.match(found[2].message, /\/sys\/class\/net\/<device>\/queues\/rx-<n>\/rps_cpus/);
    assert.deepEqual(only(lint('kvm.halt_poll_ns = 1\n'), 'sysctl-unknown-key'), []);
  });

  it('sysctl-empty-value and sysctl-missing-key', () => {
    assert.deepEqual(lint('net.core.somaxconn =\n= 5\n').map(brief), ['0:0-20 error sysctl-empty-value', '1:0-3 error sysctl-missing-key']);
  });

  it('sysctl-triple-order: marks the decreasing pair', () => {
    const [found] = only(lint('net.ipv4.tcp_wmem = 4096 65536 16384\n'), 'sysctl-triple-order');
    assert.equal(brief(found), '0:25-36 warning sysctl-triple-order');
    assert.equal(found.message, 'net.ipv4.tcp_wmem: default 65536 is larger than max 16384; the values must not decrease (min <= default <= max).');
  });
});

describe('sysctl-invalid-value: checks the kernel makes beyond the bounds (EINVAL)', () => {
  it('ip_local_port_range with the last port below the first', () => {
    const found = only(lint('net.ipv4.ip_local_port_range = 61000 32768\n'), 'sysctl-invalid-value');
    assert.deepEqual(found.map(brief), ['0:37-42 error sysctl-invalid-value']);
    assert.equal(found[0].message, "net.ipv4.ip_local_port_range: the last port 32768 is below the first port 61000; the kernel rejects '61000 32768' (EINVAL) and keeps its value.");
  });

  it('ip_local_port_range starting below ip_unprivileged_port_start: the later of the two lines fails', () => {
    const rangeLater = only(lint('net.ipv4.ip_unprivileged_port_start = 2000\nnet.ipv4.ip_local_port_range = 1024 65000\n'), 'sysctl-invalid-value');
    assert.deepEqual(rangeLater.map(brief), ['1:31-35 error sysctl-invalid-value']);
    assert.equal(rangeLater[0].message, "net.ipv4.ip_local_port_range: 1024 is below net.ipv4.ip_unprivileged_port_start 2000 (set on line 1), which the kernel checks it against; the kernel rejects '1024 65000' (EINVAL) and keeps its value.");
    const startLater = only(lint('net.ipv4.ip_local_port_range = 1024 65000\nnet.ipv4.ip_unprivileged_port_start = 2000\n'), 'sysctl-invalid-value');
    assert.deepEqual(startLater.map(brief), ['1:38-42 error sysctl-invalid-value']);
    assert.equal(startLater[0].message, "net.ipv4.ip_unprivileged_port_start: 2000 is above net.ipv4.ip_local_port_range 1024 (set on line 1), which the kernel checks it against; the kernel rejects '2000' (EINVAL) and keeps its value.");
    assert.deepEqual(only(lint('net.ipv4.ip_local_port_range = 1024 65000\n'), 'sysctl-invalid-value'), []);
  });

  it('flow_limit_table_len that is not a power of two', () => {
    const found = only(lint('net.core.flow_limit_table_len = 5000\n'), 'sysctl-invalid-value');
    assert.deepEqual(found.map(brief), ['0:32-36 error sysctl-invalid-value']);
    assert.equal(found[0].message, 'net.core.flow_limit_table_len must be a power of two (such as 4096 or 8192); the kernel rejects 5000 (EINVAL).');
    assert.deepEqual(only(lint('net.core.flow_limit_table_len = 8192\n'), 'sysctl-invalid-value'), []);
  });

  it("a number starting with '+' (the kernel wants a digit or '-')", () => {
    const found = only(lint('net.ipv4.tcp_rmem = +4096 87380 4136960\n'), 'sysctl-invalid-value');
    assert.deepEqual(found.map(brief), ['0:20-25 error sysctl-invalid-value']);
    assert.equal(found[0].message, "net.ipv4.tcp_rmem: '+4096' does not start with a digit; the kernel rejects '+4096 87380 4136960' (EINVAL) and keeps its value.");
  });
});

describe('sysctl no-op keys depend on kvmtune.kernel', () => {
  const text = 'net.ipv4.tcp_low_latency = 1\n';
  it('warning at or after the version', () => {
    assert.deepEqual(lint(text, { kernel: '4.14' }).map(brief), ['0:0-24 warning sysctl-noop-key']);
  });
  it('info without a target kernel', () => {
    const [found] = lint(text);
    assert.equal(brief(found), '0:0-24 info sysctl-noop-key');
    assert.equal(found.message, 'net.ipv4.tcp_low_latency has no effect since Linux 4.14: the kernel accepts the write and ignores it (set kvmtune.kernel to judge it for your kernel).');
  });
  it('keys ignored by every kernel: "on any kernel", no kvmtune.kernel hint', () => {
    const [found] = only(lint('net.ipv4.udp_wmem_min = 4096\n'), 'sysctl-noop-key');
    assert.equal(found.message, 'net.ipv4.udp_wmem_min has no effect on any kernel: the kernel accepts the write and ignores it.');
  });
  it('nothing for older targets', () => {
    assert.deepEqual(lint(text, { kernel: '4.13' }), []);
  });
  it('no "remove" fix for an ignored key whose value still bounds a later write (ipfrag_low_thresh and ipfrag_high_thresh)', () => {
    const fixesOf = (t: string) => only(lint(t), 'sysctl-noop-key').map((d) => d.data.fixes.map((f) => f.title));
    assert.deepEqual(fixesOf('net.ipv4.ipfrag_low_thresh = 196608\nnet.ipv4.ipfrag_high_thresh = 262144\n'), [[]]);
    assert.deepEqual(fixesOf('net.ipv4.ipfrag_high_thresh = 262144\nnet.ipv4.ipfrag_low_thresh = 196608\n'), [['Remove this line']]);
  });
});

describe('suppression and severity settings', () => {
  it('kvmtune-disable-next-line silences one rule on one line', () => {
    const text = '# kvmtune-disable-next-line sysctl-removed-key\nnet.ipv4.tcp_tw_recycle = 1\nnet.ipv4.tcp_tw_recycle = 0\n';
    assert.deepEqual(only(lint(text), 'sysctl-removed-key').map(brief), ['2:0-23 error sysctl-removed-key']);
  });
  it('kvmtune-disable silences a rule for the whole file', () => {
    assert.deepEqual(lint('# kvmtune-disable sysctl-inline-comment\nnet.ipv4.tcp_sack = 1 # on\n'), []);
  });
  it('kvmtune.rules changes the severity or turns a rule off', () => {
    assert.deepEqual(lint('net.ipv4.tcp_tw_recycle = 1\n', { rules: { 'sysctl-removed-key': 'hint' } }).map(brief), ['0:0-23 hint sysctl-removed-key']);
    assert.deepEqual(lint('net.ipv4.tcp_tw_recycle = 1\n', { rules: { 'sysctl-removed-key': 'off' } }), []);
  });
  it('fix-all applies only preferred fixes and never rewrites tuning values', () => {
    const doc = sysctlDoc('net.ipv4.tcp_rmem = "4096 87380 4136960"\nnet.ipv4.tcp_max_tw_buckets = 5000\nnet.ipv4.tcp_tw_recycle = 1\n');
    const [fixAll] = service.codeActions(doc, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], settings(), ['source.fixAll.kvmtune']);
    const edits = fixAll.edit?.changes?.[doc.uri] ?? [];
    assert.deepEqual(edits.map((e) => e.newText), ['4096 87380 4136960', '# ']);
  });
});
