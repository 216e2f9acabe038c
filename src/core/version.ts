/** The kit's version, stamped on every element class so a double load can be diagnosed. */
export const VERSION = '0.1.0';
