import manifest from '../../package.json';

/** The one version string: package.json's, shown by `kvmtune --version`, SARIF and the server's info. */
export const VERSION: string = manifest.version;
