import { accessSync, constants, statSync } from 'node:fs';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, ExtensionBrowser, LaunchOptions } from './page-driver';

/** A browser the end-to-end suite runs every test in. */
export interface BrowserTarget {
  readonly name: BrowserName;
  readonly label: string;
  readonly executablePath: string;
  readonly available: boolean;
  /** What to run when the browser is missing. */
  readonly installHint: string;
  /** Starts the browser with the extension loaded; throws a how-to-fix message when it is missing. */
  launch(options: LaunchOptions): Promise<ExtensionBrowser>;
}

/** Under CI a missing browser fails the suite; on a developer's machine its tests are skipped with a hint. */
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

function target(
  name: BrowserName,
  label: string,
  envVariable: string,
  defaultPath: string,
  debianPackage: string,
  start: (executablePath: string, options: LaunchOptions) => Promise<ExtensionBrowser>,
): BrowserTarget {
  const executablePath = process.env[envVariable] || defaultPath;
  const available = isExecutableFile(executablePath);
  const installHint = `install it with \`sudo apt-get install ${debianPackage}\` (Debian/Ubuntu), or set ${envVariable} to its binary`;
  return {
    name,
    label,
    executablePath,
    available,
    installHint,
    launch: (options) => {
      if (!available) {
        return Promise.reject(new Error(`${label} is missing: no executable at ${executablePath}; ${installHint}.`));
      }
      return start(executablePath, options);
    },
  };
}

/** The same test as scripts/setup.sh's `[ -x … ]`, so setup installs exactly what the suite looks for. */
function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export const BROWSERS: readonly BrowserTarget[] = [
  target('chromium', 'Chromium', 'CHROMIUM_BIN', '/usr/bin/chromium', 'chromium', launchChromium),
  target('firefox', 'Firefox ESR', 'FIREFOX_BIN', '/usr/bin/firefox-esr', 'firefox-esr', launchFirefox),
];

export function browserTarget(name: BrowserName): BrowserTarget {
  const found = BROWSERS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`Unknown browser "${name}"; use one of: ${BROWSERS.map((b) => b.name).join(', ')}`);
  return found;
}

/** One line per missing browser, for the suite's start-up message. */
export function missingBrowserNotes(): string[] {
  return BROWSERS.filter((b) => !b.available).map(
    (b) => `${b.label} not found at ${b.executablePath}: ${b.installHint}.` +
      (IN_CI ? ' CI=true, so its tests fail.' : ' Its end-to-end tests are skipped on this machine.'),
  );
}
