import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { State } from '../../src/core/model';
import { baselineAnswers } from '../fake-server/baseline';
import { type Answer, type FakeStatusServer, startFakeStatusServer } from '../fake-server/server';
import {
  type BadgeSeen,
  badgeOf,
  DIST,
  type LaunchOptions,
  launchRadar,
  type OptionsPageOptions,
  openOptions,
  openPopup,
  type Radar,
  waitForStoredState,
} from './browser';

/** What one describe block needs set up before its first test. */
export interface SessionSetup extends Omit<LaunchOptions, 'extensionDir'> {
  /** What the fake status server answers from the start; the quiet baseline unless said. */
  answers?: () => Record<string, Answer>;
  /**
   * More host_permissions: a copy of the shipped build is loaded whose manifest also lists them, so the
   * browser grants them at install, without a prompt. The copy is removed after the browser closed.
   */
  hostPermissions?: readonly string[];
  /** More permissions granted at install the same way (a copy of the build that lists them). */
  permissions?: readonly string[];
  /** Open the popup (session.popup) once the install poll is stored. */
  popup?: boolean;
  /** Open the options page (session.options) once the install poll is stored (after the popup). */
  options?: boolean | OptionsPageOptions;
}

/** The fake server, the browser with the extension, and the pages opened, for the tests of one describe block. */
export interface RadarSession {
  readonly server: FakeStatusServer;
  readonly radar: Radar;
  /** The extension's service worker (Playwright keeps the handle across a restart). */
  readonly worker: Worker;
  /** The State the worker stored after its poll on install. */
  readonly firstState: State;
  /** Only with `popup: true`. */
  readonly popup: Page;
  /** Only with `options`. */
  readonly options: Page;
  /** The toolbar badge as it is now. */
  badge(): Promise<BadgeSeen>;
}

/**
 * In the describe block it is called from: before its tests, start the fake status server with `answers`,
 * launch the radar against it, wait for the worker's poll on install (so that later polls are not merged
 * into that one), then open the popup and the options page if asked; after them, close it all.
 * beforeAll hooks registered after this call run after this setup (test/e2e/vitest.config.ts: hooks 'stack'),
 * so a file adds its own steps there.
 */
export function useRadarSession(setup: SessionSetup = {}): RadarSession {
  const {
    answers = baselineAnswers,
    hostPermissions,
    permissions,
    popup: withPopup = false,
    options: withOptions = false,
    ...launch
  } = setup;
  let server: FakeStatusServer | undefined;
  let buildDir: string | undefined;
  let radar: Radar | undefined;
  let firstState: State | undefined;
  let popup: Page | undefined;
  let options: Page | undefined;

  beforeAll(async () => {
    server = await startFakeStatusServer(answers());
    if (hostPermissions || permissions) buildDir = copyOfBuild(hostPermissions ?? [], permissions ?? []);
    radar = await launchRadar(server.port, buildDir ? { ...launch, extensionDir: buildDir } : launch);
    firstState = await waitForStoredState(radar.worker);
    if (withPopup) popup = await openPopup(radar);
    if (withOptions) options = await openOptions(radar, withOptions === true ? {} : withOptions);
  });

  afterAll(async () => {
    await radar?.close();
    await server?.close();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`no ${what} in this radar session (not set up yet, or not asked for)`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'fake status server');
    },
    get radar() {
      return ready(radar, 'radar');
    },
    get worker() {
      return ready(radar, 'radar').worker;
    },
    get firstState() {
      return ready(firstState, 'first State');
    },
    get popup() {
      return ready(popup, 'popup');
    },
    get options() {
      return ready(options, 'options page');
    },
    badge: () => badgeOf(ready(radar, 'radar').worker),
  };
}

/** The shipped build, copied, with `hosts` added to its manifest's host_permissions and `more` to its permissions. */
function copyOfBuild(hosts: readonly string[], more: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ai-outage-radar-build-copy-'));
  cpSync(DIST, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[]; permissions: string[] };
  manifest.host_permissions = [...manifest.host_permissions, ...hosts];
  manifest.permissions = [...manifest.permissions, ...more];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}
