// Prints the findings for one settings variant from a process in which nothing was validated before.
import { CACHE_SETTINGS, CACHE_TEXTS, findingsOf } from './cacheInputs';

process.stdout.write(JSON.stringify(findingsOf(CACHE_TEXTS, CACHE_SETTINGS[process.argv[2]])));
