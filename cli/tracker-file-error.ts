/** A file the CLI cannot turn into a grid; its message says what is wrong and what to do. */
export class TrackerFileError extends Error {}
