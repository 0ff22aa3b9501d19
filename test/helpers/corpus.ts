/**
 * The address of a file of the shared corpora (../shared/corpora beside the project), read in place through the
 * test server's mock route; the server answers 404 when the folder is absent. `log` names the request log.
 */
export const corpusUrl = (path: string, log: string) =>
  `/mock/corpus=${encodeURIComponent(path.replaceAll('/', '~'))},log=${log}/x`;
