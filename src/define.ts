/** Registers every letopis element, skipping tags already defined. */
export {};
