/**
 * The one binding of socket.io-client the app uses, for `import('./socket-io')`. A dynamic import
 * of 'socket.io-client' itself keeps its whole namespace, and that re-exports engine.io-client's
 * long-polling (XHR, fetch) and WebTransport transports: tree-shaking cannot drop an export of a
 * namespace that escapes. Through this module only `io` is used, so they stay out of the build.
 */
export { io } from 'socket.io-client';
