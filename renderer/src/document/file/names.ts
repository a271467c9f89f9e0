/** A .baton file's name and type, apart from the writer (format.ts) so naming a file does not fetch fflate. */
export const BATON_MIME = 'application/zip';
export const BATON_EXTENSION = 'baton';
