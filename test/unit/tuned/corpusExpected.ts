/**
 * Every finding kvmtune reports on the shipped profiles in test/fixtures/tuned/corpus (copied from
 * redhat-performance/tuned at 2bfa442, see SOURCES.tsv), with the default settings and for an IBM Z
 * host on tuned 2.20. Each one was checked against tuned's code: all are true findings.
 */
export const CORPUS_EXPECTED: Record<string, Record<string, string[]>> = {
  'current': {
    '_historic/network-throughput@03369da-2024/tuned.conf': [
      'tuned-sysctl-reapply 8:1-8:7 info',
    ],
    '_historic/network-throughput@153afc6-2014/tuned.conf': [
      'tuned-sysctl-reapply 7:1-7:7 info',
    ],
    'latency-performance/tuned.conf': [
      'tuned-sysctl-reapply 31:1-31:7 info',
    ],
    'network-latency/tuned.conf': [
      'tuned-sysctl-reapply 11:1-11:7 info',
    ],
    'network-throughput/tuned.conf': [
      'tuned-sysctl-reapply 8:1-8:7 info',
    ],
    'throughput-performance/tuned.conf': [
      'tuned-sysctl-reapply 47:1-47:7 info',
      'tuned-sysctl-reapply 71:1-71:16 info',
    ],
    'virtual-guest/tuned.conf': [
      'tuned-sysctl-reapply 18:1-18:7 info',
    ],
    'virtual-host/tuned.conf': [
    ],
  },
  's390x-2.20': {
    '_historic/network-throughput@03369da-2024/tuned.conf': [
      'tuned-sysctl-reapply 8:1-8:7 info',
    ],
    '_historic/network-throughput@153afc6-2014/tuned.conf': [
      'tuned-sysctl-reapply 7:1-7:7 info',
    ],
    'latency-performance/tuned.conf': [
      'tuned-s390x 9:0-9:8 info',
      'tuned-s390x 10:0-10:16 info',
      'tuned-s390x 11:0-11:12 info',
      'tuned-s390x 12:0-12:5 info',
      'tuned-unknown-option 12:0-12:5 warning',
      'tuned-s390x 14:1-14:5 info',
      'tuned-unknown-plugin 14:1-14:5 warning',
      'tuned-unknown-option 25:0-25:11 warning',
      'tuned-unknown-option 29:0-29:22 warning',
      'tuned-sysctl-reapply 31:1-31:7 info',
      'tuned-s390x 40:1-40:6 info',
      'tuned-unknown-option 41:0-41:19 warning',
    ],
    'network-latency/tuned.conf': [
      'tuned-sysctl-reapply 11:1-11:7 info',
      'tuned-s390x 21:1-21:11 info',
    ],
    'network-throughput/tuned.conf': [
      'tuned-sysctl-reapply 8:1-8:7 info',
    ],
    'throughput-performance/tuned.conf': [
      'tuned-s390x 11:0-11:8 info',
      'tuned-s390x 12:0-12:16 info',
      'tuned-s390x 13:0-13:12 info',
      'tuned-s390x 14:0-14:29 info',
      'tuned-s390x 15:0-15:5 info',
      'tuned-unknown-option 15:0-15:5 warning',
      'tuned-s390x 17:1-17:5 info',
      'tuned-unknown-plugin 17:1-17:5 warning',
      'tuned-unknown-option 28:0-28:11 warning',
      'tuned-unknown-option 32:0-32:22 warning',
      'tuned-sysctl-reapply 47:1-47:7 info',
      'tuned-sysctl-reapply 71:1-71:16 info',
      'tuned-s390x 77:1-77:6 info',
      'tuned-unknown-option 78:0-78:19 warning',
    ],
    'virtual-guest/tuned.conf': [
      'tuned-unknown-option 16:0-16:11 warning',
      'tuned-sysctl-reapply 18:1-18:7 info',
    ],
    'virtual-host/tuned.conf': [
      'tuned-unknown-option 11:0-11:22 warning',
    ],
  },
};
