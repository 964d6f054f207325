// Long-running commands (serve, sandbox) run until Ctrl+C (SIGINT) or SIGTERM, then close.

/**
 * Starts listening for SIGINT and SIGTERM at once; on the first, stops listening, runs `close` and
 * resolves when it has finished.
 */
export function closeOnStopSignal(close: () => Promise<void>): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
