export { NewsSource, type NewsSourceOptions, type LoadDetail } from './news-source.js';
export {
  normalizeItems,
  instantOf,
  byNewest,
  type NormalizeContext,
  type Normalized,
  type Reader,
  type Readers,
} from './normalize.js';
export { PRESET_NAMES, isPresetName, loadPreset, type PresetName } from './presets/index.js';
export type { Preset, Paging, HeaderMap } from './preset.js';
export { expandTemplate, placeholders, type TemplateVars } from './template.js';
export { getPath } from './path.js';
export { sanitizeHtml, sanitizeToFragment } from './sanitize.js';
export type * from './types.js';
