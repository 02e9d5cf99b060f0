/** Per-element entry: `letopis/news-list`. The element comes with its issue. */
export {};
