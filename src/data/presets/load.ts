/**
 * Presets load on demand: a site ships only the one it names (each is its own
 * chunk), and a calendar-only page ships none until its source asks.
 */
import { badOption } from '../../core/errors.js';
import { PRESET_NAMES, presetNamed, type PresetName } from '../options.js';
import type { Preset } from '../preset.js';

export { PRESET_NAMES, type PresetName };

const loaders: Record<PresetName, () => Promise<{ default: Preset }>> = {
  wordpress: () => import('./wordpress.js'),
  jsonfeed: () => import('./jsonfeed.js'),
  drupal: () => import('./drupal.js'),
  strapi: () => import('./strapi.js'),
  ghost: () => import('./ghost.js'),
  bitrix: () => import('./bitrix.js'),
  rss: () => import('./rss.js'),
  atom: () => import('./atom.js'),
};

/** The preset of that name, in any case; throws `bad-option` listing the names for any other (`__proto__` and `toString` too). */
export async function loadPreset(name: string): Promise<Preset> {
  const preset = presetNamed(name);
  if (!preset) badOption('preset', name, PRESET_NAMES.join(', '));
  return (await loaders[preset]()).default;
}
