import { paperMatrix, type MatrixProfile } from './generate';
import { runMatrixScript } from './runScript';
import { PAPER_DURATION_SECONDS } from './workload';

export interface MatrixFile {
  name: string;
  text: string;
  executable?: boolean;
}

/** The files `kvmtune matrix` and the editor command write: 20 profiles and run-matrix.sh. */
export function matrixFiles(durationSeconds: number = PAPER_DURATION_SECONDS): MatrixFile[] {
  const profiles: MatrixProfile[] = paperMatrix(durationSeconds);
  return [
    ...profiles.map((p) => ({ name: p.fileName, text: p.text })),
    { name: 'run-matrix.sh', text: runMatrixScript(profiles.map((p) => p.name), durationSeconds), executable: true },
  ];
}
