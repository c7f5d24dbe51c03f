/** XML languages (uperf profiles, libvirt domains) open as `xml`; the server claims them by root element. */
export const HOST_LANGUAGES = ['xml'];

interface Manifest {
  contributes?: { languages?: { id: string }[] };
}

/** The languages the client hands to the server: what package.json contributes, plus the host languages. */
export function selectedLanguages(packageJSON: unknown): string[] {
  const contributed = (packageJSON as Manifest).contributes?.languages ?? [];
  return [...contributed.map((l) => l.id), ...HOST_LANGUAGES];
}
