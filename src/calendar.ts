/** Per-element entry: `letopis/calendar`. The element comes with its issue. */
export {};
