// The live rooms' state and feeds, shared by the browser, the server's tests and the benchmark.
export * from './sequenced-room';
export * from './room-feed';
export * from './session-state';
export * from './session-feed';
export * from './transport';
