/**
 * Presets load on demand: a site ships only the one it names (each is its own
 * chunk), and a calendar-only page ships none until its source asks.
 */
import { badOption } from '../../core/errors.js';
import type { Preset } from '../preset.js';

const loaders = {
  wordpress: () => import('./wordpress.js'),
  jsonfeed: () => import('./jsonfeed.js'),
  drupal: () => import('./drupal.js'),
  strapi: () => import('./strapi.js'),
  ghost: () => import('./ghost.js'),
  bitrix: () => import('./bitrix.js'),
  rss: () => import('./rss.js'),
  atom: () => import('./atom.js'),
};

export type PresetName = keyof typeof loaders;

/** The preset names `preset="…"` accepts. */
export const PRESET_NAMES = Object.keys(loaders) as PresetName[];

const isPresetName = (name: unknown): name is PresetName => typeof name === 'string' && Object.hasOwn(loaders, name);

/** The preset of that name; throws `bad-option` listing the names for any other. */
export async function loadPreset(name: string): Promise<Preset> {
  if (!isPresetName(name)) badOption('preset', name, PRESET_NAMES.join(', '));
  return (await loaders[name]()).default;
}
