import { mainShape, paperTestName, parseTestName } from '../workload';
import { finding, type UperfRule } from './helpers';

export const workloadName: UperfRule = {
  id: 'uperf-workload-name',
  defaultSeverity: 'info',
  fromPaper: true,
  summary: 'A file named like one of the paper\'s tests (rr1c-200x1000--10.xml, str-readx30k--50.xml) whose sizes or users say otherwise.',
  check: ({ parsed, doc }) => {
    const base = decodeURIComponent(doc.uri.replace(/^.*\//, '')).replace(/\.xml$/i, '');
    const named = parseTestName(base);
    const shape = mainShape(parsed);
    if (!named || !shape || shape.users === undefined) return [];
    const actual = paperTestName(shape, shape.users);
    if (actual.toLowerCase() === base.toLowerCase()) return [];
    const span = parsed.profileName?.valueSpan ?? shape.transaction.token;
    return [finding(parsed, workloadName.id, span, `The file is named ${base}, but this profile is ${actual} in the paper's naming (sizes from the measured transaction, users from nprocs/nthreads).`)];
  },
};
