/** XML languages (uperf profiles, libvirt domains) open as `xml`; the server claims them by root element. */
export const HOST_LANGUAGES = ['xml'];

interface Manifest {
  contributes?: { languages?: { id: string }[] };
}

/** The languages package.json contributes: every document in one of them is a kvmtune file. */
export function contributedLanguages(packageJSON: unknown): string[] {
  return ((packageJSON as Manifest).contributes?.languages ?? []).map((l) => l.id);
}

/** The languages the client hands to the server: what package.json contributes, plus the host languages. */
export function selectedLanguages(packageJSON: unknown): string[] {
  return [...contributedLanguages(packageJSON), ...HOST_LANGUAGES];
}
