/* The reading room: search runs without a web worker (rr-search-*.js), so
   Material's iframe-worker shim is not needed offline. */
