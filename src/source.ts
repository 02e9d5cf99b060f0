/** Per-element entry: `letopis/source`. The element comes with its issue. */
export {};
