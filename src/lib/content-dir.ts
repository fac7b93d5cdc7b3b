/** The parse output the build reads: CONTENT_DIR (the scale bench, the safety test) or content/. */
export const contentDir = (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
