import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sysctlRules } from '../../../server/src/languages/sysctl/rules';
import { PAPER_BLOCK, applyFix, brief, lint, only } from './lint';


describe('paper rules', () => {
  it('are marked fromPaper and default to warning', () => {
    const paper = sysctlRules.filter((r) => r.fromPaper);
    assert.equal(paper.length, 10);
    assert.ok(paper.every((r) => r.defaultSeverity === 'warning'));
  });

  it("the paper's own block is clean when judged as the paper does (no kernel, lab)", () => {
    assert.deepEqual(lint(PAPER_BLOCK).map(brief), ['7:0-24 info sysctl-noop-key']);
  });

  it('on a 6.8 target the paper block is judged against the modern kernel', () => {
    const found = lint(PAPER_BLOCK, { kernel: '6.8', environment: 'production' });
    assert.deepEqual(found.map(brief), [
      '0:28-29 warning sysctl-randomize-va-space',
      '5:27-28 warning sysctl-tcp-fin-timeout',
      '6:34-40 warning sysctl-tcp-limit-output-bytes',
      '7:0-24 warning sysctl-noop-key',
    ]);
    assert.equal(
      found[2].message,
      "On Linux 6.8 the default is 1048576 (1 MiB); 131072 LOWERS the TCP Small Queues limit 8x and can cost single-stream throughput. The paper's 131072 was the 3.x default and was meant to favour latency.",
    );
    assert.equal(applyFix('net.ipv4.tcp_limit_output_bytes = 131072\n', only(lint('net.ipv4.tcp_limit_output_bytes = 131072\n', { kernel: '6.16' }), 'sysctl-tcp-limit-output-bytes')[0]), 'net.ipv4.tcp_limit_output_bytes = 4194304\n');
    assert.equal(applyFix(PAPER_BLOCK, found[0]).split('\n')[0], 'kernel.randomize_va_space = 2');
  });

  it('tcp_limit_output_bytes is judged against the default of the target kernel from the key table', () => {
    const key = 'net.ipv4.tcp_limit_output_bytes';
    const tsq = (value: number, kernel = '') => only(lint(`${key} = ${value}\n`, { kernel }), 'sysctl-tcp-limit-output-bytes');
    assert.deepEqual(tsq(131072, '3.10'), []);
    assert.equal(
      tsq(262144, '3.10')[0].message,
      'tcp_limit_output_bytes 262144 (256 KiB) lets more data queue below TCP than the 131072 (128 KiB) default of Linux 3.10; the paper keeps it there for latency.',
    );
    assert.equal(
      tsq(262144)[0].message,
      "tcp_limit_output_bytes 262144 (256 KiB) lets more data queue below TCP than 131072 (128 KiB), the 3.x default the paper keeps for latency. Set kvmtune.kernel to judge it against your kernel's default.",
    );
    assert.deepEqual(tsq(131072), []);
    assert.match(tsq(131072, '4.9')[0].message, /^On Linux 4\.9 the default is 262144 \(256 KiB\); 131072 LOWERS the TCP Small Queues limit 2x/);
    assert.deepEqual(tsq(8388608, '6.16'), []);
  });

  it('randomize_va_space = 0 is fine in the lab and a warning in production', () => {
    assert.deepEqual(lint('kernel.randomize_va_space = 0\n', { environment: 'lab' }), []);
    const [found] = lint('kernel.randomize_va_space = 0\n', { environment: 'production' });
    assert.equal(brief(found), '0:28-29 warning sysctl-randomize-va-space');
    assert.match(found.message, /security regression/);
  });

  it('tcp_fin_timeout below 10 s is fine in the lab and a warning in production, with a non-preferred fix to 10', () => {
    const text = 'net.ipv4.tcp_fin_timeout = 1\n';
    assert.deepEqual(lint(text, { environment: 'lab' }), []);
    const [found] = lint(text, { environment: 'production' });
    assert.equal(brief(found), '0:27-28 warning sysctl-tcp-fin-timeout');
    assert.equal(
      found.message,
      "tcp_fin_timeout 1 drops orphaned connections in FIN_WAIT_2 after 1 s. The paper's 1 s is a benchmark setting; in production a slow or distant peer still closing its side is cut off, so keep it at 10 s or more.",
    );
    assert.deepEqual(found.data.fixes.map((f) => [f.title, Boolean(f.isPreferred)]), [['Use 10', false]]);
    assert.deepEqual(lint('net.ipv4.tcp_fin_timeout = 10\n', { environment: 'production' }), []);
  });

  it('flags values that work against the paper and offers its value as a non-preferred fix', () => {
    const text = [
      'net.core.netdev_max_backlog = 500',
      'net.core.rmem_max = 262144',
      'net.ipv4.tcp_congestion_control = reno',
      'net.ipv4.tcp_fin_timeout = 120',
      'net.ipv4.tcp_max_tw_buckets = 5000',
      'net.ipv4.tcp_wmem = 4096 16384 1048576',
      'net.ipv4.tcp_tw_reuse = 0',
      'net.ipv4.tcp_limit_output_bytes = 1048576',
      '',
    ].join('\n');
    const found = lint(text);
    assert.deepEqual(found.map(brief), [
      '0:30-33 warning sysctl-netdev-max-backlog',
      '1:20-26 warning sysctl-core-buffer-max',
      '2:34-38 warning sysctl-tcp-congestion-control',
      '3:27-30 warning sysctl-tcp-fin-timeout',
      '4:30-34 warning sysctl-tcp-max-tw-buckets',
      '5:31-38 warning sysctl-tcp-buffer-max',
      '6:24-25 warning sysctl-tcp-tw-reuse',
      '7:34-41 warning sysctl-tcp-limit-output-bytes',
    ]);
    assert.ok(found.every((d) => d.data.fixes.length === 1 && !d.data.fixes[0].isPreferred));
    assert.equal(found[1].data.fixes[0].title, "Use the paper's value 4136960");
    assert.equal(applyFix(text, found[5]).split('\n')[5], 'net.ipv4.tcp_wmem = 4096 16384 4136960');
    assert.equal(
      found[1].message,
      "net.core.rmem_max 262144 (256 KiB) caps the buffers applications may request below the paper's 4136960 (3.95 MiB); the paper advises as large as the kernel allows, 16 MiB or more on 4.x and later.",
    );
  });

  it('leaves ordinary tuning that goes the paper’s way (or further) alone', () => {
    const text = [
      'net.core.netdev_max_backlog = 30000',
      'net.core.rmem_max = 67108864',
      'net.ipv4.tcp_congestion_control = bbr',
      'net.ipv4.tcp_fin_timeout = 15',
      'net.ipv4.tcp_max_tw_buckets = 2000000',
      'net.ipv4.tcp_rmem = 4096 131072 16777216',
      'net.ipv4.tcp_tw_reuse = 2',
      '',
    ].join('\n');
    assert.deepEqual(lint(text), []);
  });

  it("fires below the paper's value, not only below the kernel default", () => {
    const [backlog] = lint('net.core.netdev_max_backlog = 5000\n');
    assert.equal(brief(backlog), '0:30-34 warning sysctl-netdev-max-backlog');
    assert.equal(
      backlog.message,
      "netdev_max_backlog 5000 is below the paper's 25000: the paper raised the per-CPU receive backlog so fast adapters do not drop frames when the stack falls behind.",
    );
    assert.deepEqual(backlog.data.fixes.map((f) => [f.title, f.edits[0].newText, f.isPreferred]), [["Use the paper's value 25000", '25000', false]]);
    assert.deepEqual(lint('net.ipv4.tcp_max_tw_buckets = 300000\n').map(brief), ['0:30-36 warning sysctl-tcp-max-tw-buckets']);
    assert.deepEqual(lint('net.core.netdev_max_backlog = 25000\nnet.ipv4.tcp_max_tw_buckets = 450000\n'), []);
  });

  it('only judges the assignment that wins, and says nothing about keys the file does not set', () => {
    assert.deepEqual(lint('net.ipv4.tcp_tw_reuse = 0\nnet.ipv4.tcp_tw_reuse = 1\n').map(brief), ['0:0-21 warning sysctl-duplicate-key']);
    assert.deepEqual(lint('# nothing set\n'), []);
  });

  it('leaves a congestion-control name the kernel does not know to sysctl-invalid-value (ENOENT, an error)', () => {
    const [found] = lint('net.ipv4.tcp_congestion_control = tsunami\n');
    assert.equal(brief(found), '0:34-41 error sysctl-invalid-value');
    assert.match(found.message, /'tsunami' is not a congestion-control algorithm the kernel knows \(names are case-sensitive; net.ipv4.tcp_congestion_control takes one of: cubic, reno, bbr,/);
  });
});
