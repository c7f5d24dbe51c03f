const MARK = /^# expect-next-line (\w+) (\d+)-(?:(\d+):)?(\d+)$/;

/**
 * Expected findings written into a rule fixture. `# expect-next-line <severity> <start>-<end>`
 * marks a finding on the next line that is not a mark, from column start to column end
 * (`<start>-<lines>:<end>` when it ends lines further on); `# settings: kernel=6.8 tuned.version=2.18`
 * sets settings the way a client sends them (a dotted name becomes a nested object).
 * Each expectation reads `line:start-endLine:end severity`.
 */
export function fixtureExpectations(text: string): { expected: string[]; settings: Record<string, unknown> } {
  const lines = text.split('\n');
  const expected: string[] = [];
  const settings: Record<string, unknown> = {};
  lines.forEach((line, index) => {
    const mark = MARK.exec(line);
    if (mark) {
      let target = index + 1;
      while (MARK.test(lines[target] ?? '')) target += 1;
      const [, severity, start, extraLines, end] = mark;
      expected.push(`${target}:${start}-${target + Number(extraLines ?? 0)}:${end} ${severity}`);
    } else if (line.startsWith('# expect-next-line')) {
      throw new Error(`malformed mark on line ${index + 1}: ${line}`);
    }
    const set = /^# settings: (.*)$/.exec(line);
    for (const [key, value] of set ? set[1].split(/\s+/).map((pair) => pair.split('=')) : []) {
      const [head, ...rest] = key.split('.');
      if (rest.length === 0) settings[head] = value;
      else settings[head] = { ...(settings[head] as Record<string, unknown> | undefined), [rest.join('.')]: value };
    }
  });
  return { expected, settings };
}
