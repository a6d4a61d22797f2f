import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG, catalogHostPermissions } from '../../../src/core/catalog/providers';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));

describe('the shipped manifest', () => {
  it('asks for exactly the status hosts the catalog polls', () => {
    expect(manifest.host_permissions).toEqual(catalogHostPermissions());
  });

  it('asks for no more of a shared host than its status path', () => {
    expect(manifest.host_permissions).toContain('https://www.google.com/appsstatus/*');
    expect(manifest.host_permissions).not.toContain('https://www.google.com/*');
  });

  it('covers every source URL of every provider', () => {
    const patterns: string[] = manifest.host_permissions;
    const covers = (url: string) =>
      patterns.some((pattern) => url.startsWith(pattern.slice(0, -1)) || url.startsWith(pattern.replace('/*', '/')));
    for (const provider of CATALOG) for (const source of provider.sources) expect(covers(source.url), source.url).toBe(true);
  });

  it('asks for exactly the permissions the code uses', () => {
    // APIs that need a permission entry; runtime, i18n, action and tabs.create need none.
    const permissionApis = new Set([
      'alarms',
      'notifications',
      'storage',
      'tabs',
      'scripting',
      'cookies',
      'webRequest',
      'history',
    ]);
    const used = new Set<string>();
    for (const file of readdirSync('src', { recursive: true, encoding: 'utf8' })) {
      if (!/\.tsx?$/.test(file)) continue;
      for (const match of readFileSync(join('src', file), 'utf8').matchAll(/\bbrowser\.(\w+)\.(\w+)/g)) {
        const [, api, member] = match;
        // tabs.create and tabs.update work without the "tabs" permission.
        if (api && permissionApis.has(api) && !(api === 'tabs' && (member === 'create' || member === 'update'))) used.add(api);
      }
    }
    // Required or optional (asked at run time), every permission is one the code calls for.
    const asked: string[] = [...manifest.permissions, ...(manifest.optional_permissions ?? [])];
    expect([...used].every((api) => asked.includes(api))).toBe(true);
    expect(manifest.permissions.every((permission: string) => used.has(permission))).toBe(true);
    expect(manifest.permissions).toEqual(['alarms', 'notifications', 'storage']);
    // Asked at run time only, from the options page: reading tab addresses to switch to an open tab, observing
    // the user's own requests to an assistant's web app (with that one host), and the host of a status page the
    // user adds.
    expect(manifest.optional_permissions).toEqual(['tabs', 'webRequest']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  });

  it('runs no remote code and allows no inline script', () => {
    expect(manifest.content_security_policy.extension_pages).toMatch(/^script-src 'self';/);
  });

  it('targets Firefox 140 and declares no data collection', () => {
    expect(manifest.browser_specific_settings.gecko).toMatchObject({
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
  });
});
