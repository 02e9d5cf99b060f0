/** Per-element entry: `letopis/article`. The element comes with its issue. */
export {};
