/** Picks the CPU parser by content Throws CpuFormatError with a reason. */
import { parseMpstatJson } from './mpstatJson';
import { parsePbenchCpuCsv } from './pbenchCsv';
import { parseProcStat } from './procStat';
import { parseSadf } from './sadf';
import { CpuFormatError, type CpuSeries } from './series';
import { parseSysstatText } from './sysstatText';

export function parseCpuFile(text: string): CpuSeries {
  const body = text.replace(/^\uFEFF/, '');
  const head = body.trimStart();
  if (head.startsWith('{')) return parseMpstatJson(body);
  if (head.startsWith('timestamp_ms,')) return parsePbenchCpuCsv(head);
  if (/^# ?hostname;/.test(head)) return parseSadf(head);
  if (/^(USER_HZ=\d+\s*\n)?@\d/.test(head)) return parseProcStat(head);
  if (head.startsWith('Linux ')) {
    if (/^#?\s*Time\s+UID\s+PID\b/m.test(head)) {
      throw new CpuFormatError('pidstat output is per process, not the CPU of a guest; record mpstat, sar or sadf -d instead');
    }
    return parseSysstatText(head);
  }
  throw new CpuFormatError('unknown CPU format (expected mpstat JSON, sar/mpstat text, sadf -d, pbench CPU CSV or /proc/stat snapshots)');
}
