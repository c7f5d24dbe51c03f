// A named import, so the bundles carry package.json's version and not the whole manifest.
import { version } from '../../package.json';

/** The one version string: package.json's, shown by `kvmtune --version`, SARIF and the server's info. */
export const VERSION: string = version;
