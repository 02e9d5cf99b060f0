/** The URL standing for inline data: a response no request made. */
export const INLINE = 'inline:';
