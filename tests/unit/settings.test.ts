import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  migrateSettings,
  migrateV1toV2,
  parseSettings,
  siteStatus,
  withSiteAdded,
  withSiteEnabled,
  withSiteRemoved,
} from '../../lib/settings';

describe('settings: parse with per-field fallback', () => {
  it('gives the defaults for a missing or corrupted value', () => {
    for (const raw of [undefined, null, 'garbage', 42, [], [{ enabled: false }], true]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps Italian as a card language, and no language it has no card in', () => {
    expect(parseSettings({ cardLanguage: 'it' }).cardLanguage).toBe('it');
    expect(parseSettings({ cardLanguage: 'it-IT' }).cardLanguage).toBe('page');
  });

  it('keeps the valid fields of a partial value and defaults the rest', () => {
    expect(parseSettings({ highlightStyle: 'background' })).toEqual({ ...DEFAULT_SETTINGS, highlightStyle: 'background' });
  });

  it('replaces each broken field with its default and keeps the good ones', () => {
    const parsed = parseSettings({
      enabled: 'yes',
      disabledSites: 'www.sports.ru',
      addedSites: ['news.example.net'],
      hiddenEntities: { carrera: true },
      cardLanguage: 'de',
      showDelayMs: Number.NaN,
      highlightStyle: 'quiet',
    });
    expect(parsed).toEqual({
      ...DEFAULT_SETTINGS,
      addedSites: ['news.example.net'],
      highlightStyle: 'quiet',
    });
  });

  it('drops bad entries of a list and keeps the good ones, once each, host names in lower case', () => {
    const parsed = parseSettings({
      disabledSites: ['WWW.Sports.RU', 7, 'www.sports.ru', 'not a host', '', 'www.bbc.com.'],
      hiddenEntities: ['carrera', 'zidane', 'carrera', null, 'conte'],
    });
    expect(parsed.disabledSites).toEqual(['www.sports.ru', 'www.bbc.com']);
    expect(parsed.hiddenEntities).toEqual(['carrera', 'conte']);
  });

  it('clamps the show delay into its range', () => {
    expect(parseSettings({ showDelayMs: -50 }).showDelayMs).toBe(0);
    expect(parseSettings({ showDelayMs: 99_999 }).showDelayMs).toBe(2000);
    expect(parseSettings({ showDelayMs: 412.6 }).showDelayMs).toBe(413);
  });

  it('never shares the default lists with the result', () => {
    const parsed = parseSettings(undefined);
    parsed.addedSites.push('x.example');
    expect(DEFAULT_SETTINGS.addedSites).toEqual([]);
  });
});

describe('settings: migration from version 1', () => {
  it('is at version 2', () => {
    expect(SETTINGS_VERSION).toBe(2);
  });

  it('renames and converts every field of a version 1 value', () => {
    const v1 = { on: false, offHosts: ['www.sports.ru'], hiddenEntities: ['motta'], lang: 'auto', delaySeconds: 0.6, style: 'hover' };
    expect(migrateSettings(v1, 1)).toEqual({
      enabled: false,
      disabledSites: ['www.sports.ru'],
      addedSites: [],
      hiddenEntities: ['motta'],
      cardLanguage: 'page',
      showDelayMs: 600,
      highlightStyle: 'quiet',
    });
  });

  it('keeps explicit languages and styles', () => {
    const migrated = migrateSettings({ lang: 'en', style: 'background' }, 1);
    expect(migrated.cardLanguage).toBe('en');
    expect(migrated.highlightStyle).toBe('background');
  });

  it('falls back per field when the version 1 value was partly broken', () => {
    const migrated = migrateSettings({ on: 'no', offHosts: ['www.bbc.com', 3], lang: 'fr', delaySeconds: 'slow', style: 'background' }, 1);
    expect(migrated).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['www.bbc.com'], highlightStyle: 'background' });
  });

  it('never throws, whatever was stored', () => {
    for (const raw of [undefined, null, 'x', 5, [], { on: Symbol.iterator }]) {
      expect(() => migrateV1toV2(raw)).not.toThrow();
      expect(migrateSettings(raw, 1)).toEqual(parseSettings(migrateV1toV2(raw)));
    }
  });

  it('leaves a current value as it is', () => {
    const current = { ...DEFAULT_SETTINGS, cardLanguage: 'ru', addedSites: ['news.example.net'] };
    expect(migrateSettings(current, SETTINGS_VERSION)).toEqual(current);
  });
});

describe('settings: sites', () => {
  const url = (value: string) => new URL(value);

  it('knows the default sites, their sections and https only', () => {
    expect(siteStatus(DEFAULT_SETTINGS, url('https://www.sports.ru/football/1.html'))).toEqual({ kind: 'on', site: 'default' });
    expect(siteStatus(DEFAULT_SETTINGS, url('https://www.bbc.com/news/1'))).toEqual({ kind: 'unlisted' });
    expect(siteStatus(DEFAULT_SETTINGS, url('http://www.sports.ru/'))).toEqual({ kind: 'unlisted' });
  });

  it('turns a site off and on, and everything off', () => {
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'www.sports.ru', false);
    expect(siteStatus(off, url('https://www.sports.ru/'))).toEqual({ kind: 'off', site: 'default', reason: 'site' });
    expect(siteStatus(withSiteEnabled(off, 'www.sports.ru', true), url('https://www.sports.ru/')).kind).toBe('on');
    expect(siteStatus({ ...DEFAULT_SETTINGS, enabled: false }, url('https://www.sports.ru/'))).toEqual({ kind: 'off', site: 'default', reason: 'global' });
  });

  it('adds and removes a site of the reader', () => {
    const added = withSiteAdded(withSiteEnabled(DEFAULT_SETTINGS, 'news.example.net', false), 'news.example.net');
    expect(added.addedSites).toEqual(['news.example.net']);
    expect(added.disabledSites).toEqual([]);
    expect(siteStatus(added, url('https://news.example.net/a')).kind).toBe('on');
    expect(siteStatus(withSiteRemoved(added, 'news.example.net'), url('https://news.example.net/a')).kind).toBe('unlisted');
  });
});
