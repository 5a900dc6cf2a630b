/**
 * The import route's own JSON body limit. A whole conference (every vote and audit entry) is far
 * larger than any other request, whose limit (BODY_LIMIT_BYTES, 100 kB) stays as it is.
 */
export const IMPORT_PATH = 'conferences/import';
export const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;
