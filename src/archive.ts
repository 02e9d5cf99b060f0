/** Per-element entry: `letopis/archive`. The element comes with its issue. */
export {};
