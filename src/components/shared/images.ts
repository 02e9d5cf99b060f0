/**
 * How images show — as they are, not at all (their alt text instead), or in
 * grey — as reading.ts has put it on the host. Apart from page.ts, so that a
 * calendar, which shows no images, does not carry it.
 */
export type ImageMode = 'on' | 'off' | 'grayscale';

/** The host attribute reading.ts sets when images do not show as they are. */
export const IMAGE_MODE = 'data-letopis-image-mode';

/** The page shows no images: an element draws their alt text in their place. */
export const imagesOff = (host: Element): boolean => host.getAttribute(IMAGE_MODE) === 'off';
